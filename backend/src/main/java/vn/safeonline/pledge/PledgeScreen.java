package vn.safeonline.pledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Pledges are written by young people: anything that could expose them (a phone number, an email, a link,
 * a social account, their full name with their class or home address) or that is abusive is held for a
 * moderator instead of waiting in the ordinary queue, with a stable reason code.
 *
 * <p>The words come from the lexicon {@code wall-lexicon.txt} next to this class (abuse, digit words,
 * contacts read aloud, platforms, family names, class and address patterns). Text is compared word by
 * word after one normalisation on both sides: lower case, 0→o 1→i 3→e 4→a @→a $→s inside words, repeated
 * letters collapsed, letters spelt out one by one joined again; a word written without diacritics is
 * compared folded (and with ph/f, k/c, j/gi, z/d), one written with them must carry the lexicon's own, so
 * folding never turns "lớn", "buổi" or "đi" into a vulgar word.
 */
public final class PledgeScreen {
    private PledgeScreen() {
    }

    /** Why a pledge is held: a stable code and its text in Vietnamese and English. */
    public record Hold(String code, String vi, String en) {
        public String text(boolean english) {
            return english ? en : vi;
        }
    }

    private static final Pattern PHONE = Pattern.compile("(?:\\+?84|0)(?:[\\s.\\-()]*\\d){8,10}");
    private static final Pattern DIGITS = Pattern.compile("(?:\\d[\\s.\\-]*){9,}");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+\\s*(?:@|\\(at\\)|\\[at\\])\\s*[\\w-]+\\s*(?:\\.|\\(dot\\)|\\[dot\\])\\s*\\w+");
    private static final Pattern AT_CONG = Pattern.compile("@\\s*(?:cong|moc)\\b");
    private static final Pattern LINK = Pattern.compile("(?:https?://|www\\.|\\b[\\w-]+\\.(?:com|vn|net|org|me|ly|io|gg|link|info|xyz)\\b|\\bt\\.me/|zalo\\.me|fb\\.com)");
    private static final Pattern HANDLE = Pattern.compile("(?:^|\\s)@[A-Za-z0-9_.]{3,}");
    private static final Pattern MARKUP = Pattern.compile("<\\s*/?\\s*[a-z!]|javascript:|on\\w+\\s*=", Pattern.CASE_INSENSITIVE);
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** Words that may sit between a platform and the account ("zalo của mình là …", "fb: …"). */
    private static final Set<String> CONNECTORS = Set.of("cua", "minh", "em", "to", "tao", "toi", "la", "nick", "id", "ten", "acc", "tai", "khoan",
            "tk", "nhe", "nha", "ib", "inbox", "ket", "ban", "add", "o", "day", "ne", "voi");
    private static final int PHONE_DIGITS = 8;
    private static final Pattern DIGIT_RUN_WORDS = Pattern.compile("[\\p{L}\\p{M}]+|\\d+|/");
    private static final Pattern NON_SPACE = Pattern.compile("\\S+");

    /** The held reasons by code, in the lexicon's order (for documentation and the SPA). */
    public static List<Hold> reasons() {
        return List.copyOf(LEXICON.reasons.values());
    }

    /** The reason of a stored code (an unknown code keeps the code as its text). */
    public static Hold reason(String code) {
        Hold h = LEXICON.reasons.get(code);
        return h != null ? h : new Hold(code, code, code);
    }

    /** Empty when the pledge may go to the ordinary queue; else why it is held. */
    public static Optional<Hold> screen(String displayName, String text) {
        String all = Normalizer.normalize((displayName == null ? "" : displayName) + "\n" + (text == null ? "" : text), Normalizer.Form.NFC);
        String code = firstHold(all);
        return Optional.ofNullable(code).map(PledgeScreen::reason);
    }

    private static String firstHold(String all) {
        String lower = all.toLowerCase(Locale.ROOT);
        String folded = fold(lower);
        if (MARKUP.matcher(all).find()) return "MARKUP";
        List<Tok> words = tokens(all, true);
        if (PHONE.matcher(all).find() || DIGITS.matcher(all).find() || digitsInWords(all)) return "PHONE";
        if (EMAIL.matcher(all).find() || AT_CONG.matcher(folded).find() || LEXICON.email.stream().anyMatch(e -> e.in(words))) return "EMAIL";
        if (LINK.matcher(lower).find() || LEXICON.link.stream().anyMatch(e -> e.in(words))) return "LINK";
        if (HANDLE.matcher(all).find() || account(all, folded)) return "SOCIAL_ACCOUNT";
        if (personalDetails(all, folded)) return "PERSONAL_DETAILS";
        if (LEXICON.abuse.stream().anyMatch(e -> e.in(words))) return "ABUSE";
        return null;
    }

    // ── Phone numbers written in words ──────────────────────────────────────

    /** A run of 8 or more digits, some of them written as words ("không chín một hai…", "0 chín 1 2 …"); "/" ends a run (dates). */
    private static boolean digitsInWords(String all) {
        Matcher m = DIGIT_RUN_WORDS.matcher(all);
        int run = 0;
        boolean words = false;
        while (m.find()) {
            String t = m.group();
            if (Character.isDigit(t.charAt(0))) {
                run += t.length();
            } else if (isDigitWord(tok(t, false))) {
                run++;
                words = true;
            } else {
                run = 0;
                words = false;
            }
            if (run >= PHONE_DIGITS && words) return true;
        }
        return false;
    }

    private static boolean isDigitWord(Tok t) {
        return LEXICON.digitWords.stream().anyMatch(w -> w.matches(t));
    }

    // ── Social accounts ─────────────────────────────────────────────────────

    /** A platform ("zalo", "fb", "tiktok", "sđt", …) followed within a few connecting words by an id-like word. */
    private static boolean account(String all, String folded) {
        for (Matcher m = LEXICON.platforms.matcher(folded); m.find(); ) {
            Matcher next = NON_SPACE.matcher(all);
            int from = m.end();
            boolean colon = false;
            for (int n = 0; n < 6 && next.find(from); n++) {
                String raw = next.group();
                String word = fold(raw.toLowerCase(Locale.ROOT));
                from = next.end();
                if (word.matches("[:=\\-]+")) {
                    colon = true;
                    continue;
                }
                String bare = word.replaceAll("^[:=\\-(\\[\"']+|[,;:=!?)\\]\"'.]+$", "");
                if (word.startsWith(":") || word.startsWith("=")) colon = true;
                if (CONNECTORS.contains(bare) && (word.endsWith(":") || word.endsWith("="))) {
                    colon = true;
                    continue;
                }
                if (CONNECTORS.contains(bare)) continue;
                boolean letters = bare.chars().anyMatch(Character::isLetter);
                boolean idLike = letters && (bare.chars().anyMatch(Character::isDigit) || bare.matches(".*\\w[._]\\w.*"));
                boolean plainAscii = raw.replaceAll("[^\\p{L}]", "").matches("[A-Za-z]{3,}");
                if (idLike || (colon && plainAscii)) return true;
                break;
            }
        }
        return false;
    }

    // ── A name with a class or a home address ───────────────────────────────

    private static boolean personalDetails(String all, String folded) {
        boolean place = LEXICON.classes.stream().anyMatch(p -> p.matcher(folded).find())
                || LEXICON.addresses.stream().anyMatch(p -> p.matcher(folded).find())
                || LEXICON.casedAddresses.stream().anyMatch(p -> p.matcher(all).find());
        return place && hasName(all);
    }

    /**
     * A person's full name: a capitalised family name followed by a capitalised given name (not a school's,
     * street's or hero's name, not right after "trường", "đường", "Bác" …), or the words a child says before
     * their name ("em là", "tên mình là") followed by a capitalised word or by a family name written plain.
     */
    private static boolean hasName(String all) {
        List<Tok> t = tokens(all, false);
        for (int i = 0; i < t.size(); i++) {
            Tok w = t.get(i);
            boolean afterPlace = i > 0 && LEXICON.placeWords.contains(t.get(i - 1).plain);
            boolean intro = introEndingBefore(t, i);
            boolean surname = LEXICON.surnames.stream().anyMatch(s -> s.matches(w));
            if (notAName(t, i) || LEXICON.notGiven.contains(w.plain)) continue;
            boolean given = i + 1 < t.size() && !LEXICON.notGiven.contains(t.get(i + 1).plain);
            if (w.capital && surname && given && t.get(i + 1).capital && !afterPlace) return true;
            if (intro && w.capital && !LEXICON.placeWords.contains(w.plain)) return true;
            if (intro && surname && !w.marks && !w.capital && given) return true;
        }
        return false;
    }

    private static boolean notAName(List<Tok> t, int i) {
        return LEXICON.notNames.stream().anyMatch(p -> p.at(t, i));
    }

    private static boolean introEndingBefore(List<Tok> t, int i) {
        for (Phrase p : LEXICON.introductions) {
            int k = p.words.size();
            if (i - k >= 0 && p.at(t, i - k)) return true;
        }
        return false;
    }

    // ── Normalisation ───────────────────────────────────────────────────────

    /** One word of the text or of the lexicon, in the forms it is compared in. */
    record Tok(String marked, String plain, boolean marks, boolean capital, boolean spelt) {
    }

    /** Lower case without diacritics, one character for each (so positions stay those of the text). */
    static String fold(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 'đ') b.append('d');
            else if (c == 'Đ') b.append('D');
            else if (c < 0x80) b.append(c);
            else {
                String d = MARKS.matcher(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD)).replaceAll("");
                b.append(d.length() == 1 ? d.charAt(0) : d.isEmpty() ? ' ' : c);
            }
        }
        return b.toString();
    }

    /** Letters held down: a vowel written twice or more, a consonant three times or more, reads once ("nguuu", "đồồồ"; not "dmm"). */
    private static String collapse(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            char c = s.charAt(i);
            int j = i;
            while (j < s.length() && s.charAt(j) == c) j++;
            boolean vowel = "aeiouy".indexOf(fold(String.valueOf(c)).charAt(0)) >= 0;
            b.append(j - i >= (vowel ? 2 : 3) ? String.valueOf(c) : s.substring(i, j));
            i = j;
        }
        return b.toString();
    }

    /** ph/f, dz/d, z/d, j/gi and k/c (not kh) read alike in the spellings children use. */
    private static String phonetic(String s) {
        return s.replace("ph", "f").replace("dz", "d").replace('z', 'd').replace("j", "gi").replaceAll("k(?!h)", "c");
    }

    static Tok tok(String raw, boolean spelt) {
        String lower = raw.toLowerCase(Locale.ROOT);
        String marked = collapse(lower);
        String f = fold(lower);
        boolean marks = !f.equals(lower);
        return new Tok(marked, collapse(phonetic(collapse(f))), marks, Character.isUpperCase(raw.codePointAt(0)), spelt);
    }

    private static final Pattern CHUNK = Pattern.compile("[\\p{L}\\p{M}\\d@$]+");
    private static final Pattern LETTERS = Pattern.compile("[\\p{L}\\p{M}]+");

    /**
     * The words of a text: with {@code substitute}, look-alike digits and signs inside a word read as letters
     * ("0c ch0", "$hit"); letters spelt out one by one ("đ ồ n g u", "d.m") are joined into one word.
     */
    static List<Tok> tokens(String text, boolean substitute) {
        List<String> raw = new ArrayList<>();
        Matcher chunk = CHUNK.matcher(text);
        while (chunk.find()) {
            String c = chunk.group();
            if (substitute && c.chars().anyMatch(Character::isLetter)) {
                c = c.replace('0', 'o').replace('1', 'i').replace('3', 'e').replace('4', 'a').replace('@', 'a').replace('$', 's');
            }
            Matcher letters = LETTERS.matcher(c);
            while (letters.find()) raw.add(letters.group());
        }
        List<Tok> out = new ArrayList<>();
        for (int i = 0; i < raw.size(); ) {
            int j = i;
            while (j < raw.size() && letterCount(raw.get(j)) == 1) j++;
            if (j - i >= 2) {
                out.add(tok(String.join("", raw.subList(i, j)), true));
                i = j;
            } else {
                out.add(tok(raw.get(i), false));
                i++;
            }
        }
        return out;
    }

    private static int letterCount(String s) {
        return (int) s.codePoints().filter(Character::isLetter).count();
    }

    /** An entry of the lexicon: its words; "!" only with its own diacritics, "~" only with them or spelt out. */
    record Phrase(List<Tok> words, boolean plainOk, boolean speltOnly, String squashMarked, String squashPlain, boolean hasMarks) {
        static Phrase of(String line) {
            boolean strict = line.startsWith("!");
            boolean spelt = line.startsWith("~");
            String body = strict || spelt ? line.substring(1).trim() : line;
            List<Tok> words = tokens(body, false);
            return new Phrase(words, !strict, spelt, words.stream().map(Tok::marked).collect(Collectors.joining()),
                    words.stream().map(Tok::plain).collect(Collectors.joining()), words.stream().anyMatch(Tok::marks));
        }

        /** Whether one word of the text is this (one-word) entry. */
        boolean matches(Tok t) {
            return words.size() == 1 && wordMatches(t, words.get(0));
        }

        private boolean wordMatches(Tok t, Tok w) {
            if (t.marks) return t.marked.equals(w.marked);
            if (!w.marks) return t.plain.equals(w.plain);
            return plainOk && (!speltOnly || t.spelt) && t.plain.equals(w.plain);
        }

        /** Whether the text's words from {@code i} spell this entry, word by word or run together ("dongu", "đ ồ n g u"). */
        boolean at(List<Tok> t, int i) {
            int k = words.size();
            if (i + k <= t.size()) {
                boolean all = true;
                for (int m = 0; m < k && all; m++) all = wordMatches(t.get(i + m), words.get(m));
                if (all) return true;
            }
            StringBuilder marked = new StringBuilder();
            StringBuilder plain = new StringBuilder();
            boolean anyMarks = false;
            boolean allSpelt = true;
            for (int j = i; j < t.size() && plain.length() < squashPlain.length() + 2; j++) {
                Tok w = t.get(j);
                marked.append(w.marked);
                plain.append(w.plain);
                anyMarks |= w.marks;
                allSpelt &= w.spelt;
                if (j == i && k == 1) continue; // one word against one word is the case above
                boolean hit = anyMarks ? marked.toString().equals(squashMarked)
                        : (!hasMarks || (plainOk && (!speltOnly || allSpelt))) && plain.toString().equals(squashPlain);
                if (hit) return true;
            }
            return false;
        }

        boolean in(List<Tok> t) {
            for (int i = 0; i < t.size(); i++) if (at(t, i)) return true;
            return false;
        }
    }

    // ── The lexicon file ────────────────────────────────────────────────────

    private static final class Lexicon {
        final Map<String, Hold> reasons = new LinkedHashMap<>();
        final List<Phrase> abuse = new ArrayList<>();
        final List<Phrase> digitWords = new ArrayList<>();
        final List<Phrase> email = new ArrayList<>();
        final List<Phrase> link = new ArrayList<>();
        final List<Phrase> surnames = new ArrayList<>();
        final List<Phrase> introductions = new ArrayList<>();
        final List<Phrase> notNames = new ArrayList<>();
        final Set<String> placeWords = new HashSet<>();
        final Set<String> notGiven = new HashSet<>();
        final List<Pattern> classes = new ArrayList<>();
        final List<Pattern> addresses = new ArrayList<>();
        final List<Pattern> casedAddresses = new ArrayList<>();
        Pattern platforms;

        static Lexicon load() {
            Lexicon l = new Lexicon();
            Map<String, List<String>> sections = new HashMap<>();
            try (InputStream in = PledgeScreen.class.getResourceAsStream("wall-lexicon.txt")) {
                if (in == null) throw new IllegalStateException("wall-lexicon.txt is missing");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String section = "";
                for (String line; (line = r.readLine()) != null; ) {
                    line = Normalizer.normalize(line.strip(), Normalizer.Form.NFC);
                    if (line.isEmpty() || line.startsWith("#")) continue;
                    if (line.startsWith("[") && line.endsWith("]")) {
                        section = line.substring(1, line.length() - 1);
                        continue;
                    }
                    sections.computeIfAbsent(section, s -> new ArrayList<>()).add(line);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (String line : sections.getOrDefault("reasons", List.of())) {
                String[] p = line.split("\\|");
                l.reasons.put(p[0].strip(), new Hold(p[0].strip(), p[1].strip(), p[2].strip()));
            }
            sections.getOrDefault("abuse", List.of()).forEach(s -> l.abuse.add(Phrase.of(s)));
            for (String line : sections.getOrDefault("digits", List.of())) {
                String[] p = line.split("\\|");
                for (int i = 1; i < p.length; i++) l.digitWords.add(Phrase.of(p[i].strip()));
            }
            sections.getOrDefault("email", List.of()).forEach(s -> l.email.add(Phrase.of(s)));
            sections.getOrDefault("link", List.of()).forEach(s -> l.link.add(Phrase.of(s)));
            sections.getOrDefault("introductions", List.of()).forEach(s -> l.introductions.add(Phrase.of(s)));
            sections.getOrDefault("not-names", List.of()).forEach(s -> l.notNames.add(Phrase.of(s)));
            for (String line : sections.getOrDefault("surnames", List.of())) {
                for (String s : line.split("\\s+")) l.surnames.add(Phrase.of(s));
            }
            sections.getOrDefault("place-words", List.of()).forEach(s -> l.placeWords.add(tok(s, false).plain));
            sections.getOrDefault("not-given-names", List.of()).forEach(s -> l.notGiven.add(tok(s, false).plain));
            sections.getOrDefault("class", List.of()).forEach(s -> l.classes.add(Pattern.compile(s)));
            sections.getOrDefault("address", List.of()).forEach(s -> l.addresses.add(Pattern.compile(s)));
            sections.getOrDefault("address-cased", List.of()).forEach(s -> l.casedAddresses.add(Pattern.compile(s, Pattern.UNICODE_CHARACTER_CLASS)));
            String alternatives = sections.getOrDefault("platforms", List.of()).stream()
                    .map(s -> Pattern.quote(fold(s.toLowerCase(Locale.ROOT))).replace(" ", "\\E\\s*\\Q"))
                    .collect(Collectors.joining("|"));
            l.platforms = Pattern.compile("(?<![\\p{L}\\d])(?:" + alternatives + ")(?![\\p{L}\\d])");
            for (String code : List.of("MARKUP", "PHONE", "EMAIL", "LINK", "SOCIAL_ACCOUNT", "PERSONAL_DETAILS", "ABUSE")) {
                if (!l.reasons.containsKey(code)) throw new IllegalStateException("wall-lexicon.txt has no reason " + code);
            }
            return l;
        }
    }

    /** Loaded last: it uses the patterns above. */
    private static final Lexicon LEXICON = Lexicon.load();
}
