package vn.safeonline.report;

import java.util.List;

/**
 * An administrative document in the layout of Decree 30/2020/NĐ-CP (Mẫu 1.4, "văn bản có tên loại") as
 * content only: the DOCX and the PDF renderers draw the same one, so both files say the same thing.
 *
 * @param parentBody      ô 2, the superior body: upper-case lines, not bold (may be empty)
 * @param issuingBody     ô 2, the issuing body: upper-case lines, bold
 * @param numberLine      ô 3: "Số: 05/BC-CA-TP", or "Số:      /BC-CA-TP" before the văn thư registers it
 * @param placeDate       ô 4: "Cần Thơ, ngày 23 tháng 11 năm 2026" (italic)
 * @param typeName        ô 5a: "BÁO CÁO"
 * @param summary         ô 5a: the trích yếu, sentence case, bold
 * @param addressees      ô 9a: "Kính gửi" lines (a báo cáo to a superior body)
 * @param body            ô 6, ending with "./."
 * @param recipients      ô 9b: "Nơi nhận" entries as written, without the dash and final punctuation
 * @param signerAuthority ô 7a: "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"… (may be empty)
 * @param signerTitle     ô 7a: "PHÓ CHỦ TỊCH", "GIÁM ĐỐC"…
 * @param signerName      ô 7c (may be empty: written by hand)
 * @param annexes         each on a new page, with its own page numbering
 */
record OfficialDocument(List<String> parentBody, List<String> issuingBody, String numberLine, String placeDate,
                        String typeName, String summary, List<String> addressees, List<Block> body,
                        List<String> recipients, List<String> signerAuthority, String signerTitle, String signerName,
                        List<Annex> annexes) {

    /** A piece of the body. */
    sealed interface Block permits Heading, Para, Table, Photos {
    }

    /** Level 1: "I. KẾT QUẢ THỰC HIỆN" (bold, upper-case); level 2: "1. Ưu điểm" (bold). */
    record Heading(int level, String text) implements Block {
    }

    /** A body paragraph: justified, first-line indent; a bullet is a paragraph starting "- ". */
    record Para(String text) implements Block {
    }

    /** A bordered table; a group row spans every column (an agency above its tasks). */
    record Table(List<Column> columns, List<Row> rows) implements Block {
    }

    /** Photos two to a row, each small (a JPEG of a few hundred pixels) with its caption below, without borders. */
    record Photos(List<Photo> photos) implements Block {
    }

    /** A JPEG with its size in pixels and a caption. */
    record Photo(byte[] jpeg, int width, int height, String caption) {
    }

    /** A column with its share of the text width in twips and whether its cells are centred. */
    record Column(String title, int twips, boolean centred) {
    }

    record Row(List<String> cells, boolean group) {
        static Row of(String... cells) {
            return new Row(List.of(cells), false);
        }

        static Row group(String text) {
            return new Row(List.of(text), true);
        }
    }

    /** "Phụ lục I", its upper-case title, the italic "(Kèm theo Báo cáo số … ngày … của …)" line, and its content. */
    record Annex(String label, String title, String caption, List<Block> body) {
    }

    /** Text safe for XML and PDF: no control characters except line breaks and tabs. */
    static String safe(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\t') b.append(c);
            else if (c == '\r') continue;
            else if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) b.append(' ');
            else if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    b.append(c).append(s.charAt(++i));
                } else {
                    b.append('\uFFFD');
                }
            } else b.append(c);
        }
        return b.toString();
    }
}
