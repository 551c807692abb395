package vn.safeonline.pledge;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Pledges are written by young people: anything that could expose them (a phone number, an email,
 * a link or a handle) or that is abusive is held back for a moderator instead of waiting in the
 * ordinary queue. Diacritics and spacing tricks ("0 9 1 2…", "g m a i l") are seen through.
 */
public final class PledgeScreen {
    private PledgeScreen() {
    }

    private static final Pattern PHONE = Pattern.compile("(?:\\+?84|0)(?:[\\s.\\-()]*\\d){8,10}");
    private static final Pattern DIGITS = Pattern.compile("(?:\\d[\\s.\\-]*){9,}");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+\\s*(?:@|\\(at\\)|\\[at\\])\\s*[\\w-]+\\s*(?:\\.|\\(dot\\)|\\[dot\\])\\s*\\w+");
    private static final Pattern LINK = Pattern.compile("(?:https?://|www\\.|\\b[\\w-]+\\.(?:com|vn|net|org|me|ly|io|gg|link|info|xyz)\\b|\\bt\\.me/|zalo\\.me|fb\\.com)");
    private static final Pattern HANDLE = Pattern.compile("(?:^|\\s)@[A-Za-z0-9_.]{3,}");
    private static final Pattern MARKUP = Pattern.compile("<\\s*/?\\s*[a-z!]|javascript:|on\\w+\\s*=", Pattern.CASE_INSENSITIVE);
    /**
     * Abusive words, matched as whole words on the lower-cased text with its diacritics (folding would
     * turn innocent words such as "lớn" or "buổi" into matches), plus unambiguous unaccented spellings.
     */
    private static final List<String> PROFANITY = List.of("lồn", "buồi", "cặc", "địt", "đụ", "đéo", "đĩ", "đm", "đmm", "đcm", "vcl", "vkl",
            "clgt", "dcm", "dmm", "dit me", "du ma", "địt mẹ", "đụ má", "con chó", "óc chó", "fuck", "shit", "bitch");

    /** Null when the text may go to the ordinary queue; else the reason it is held. */
    public static String heldReason(String displayName, String text) {
        String all = (displayName == null ? "" : displayName) + "\n" + text;
        if (MARKUP.matcher(all).find()) return "Có mã/thẻ HTML hoặc script";
        if (PHONE.matcher(all).find() || DIGITS.matcher(all).find()) return "Có số điện thoại hoặc dãy số dài";
        if (EMAIL.matcher(all).find()) return "Có địa chỉ email";
        if (LINK.matcher(all.toLowerCase(java.util.Locale.ROOT)).find()) return "Có đường dẫn";
        if (HANDLE.matcher(all).find()) return "Có tên tài khoản mạng xã hội";
        String words = " " + java.text.Normalizer.normalize(all, java.text.Normalizer.Form.NFC).toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
        for (String w : PROFANITY) {
            if (words.contains(" " + w + " ")) return "Có từ ngữ không phù hợp";
        }
        return null;
    }
}
