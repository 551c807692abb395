package vn.safeonline.common;

import jakarta.ws.rs.core.EntityTag;

/**
 * Optimistic locking over HTTP: ETag "version" out, If-Match in. A read's tag is "version.hash" (common/ConditionalGet adds the
 * hash of the body for If-None-Match); in If-Match only the version counts.
 */
public final class Etags {
    private Etags() {
    }

    public static EntityTag of(int version) {
        return new EntityTag(Integer.toString(version));
    }

    /** Missing If-Match → 428; a different version → 412. */
    public static void require(String ifMatch, int currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiException(ProblemType.PRECONDITION_REQUIRED,
                    "Gửi tiêu đề If-Match với giá trị ETag (phiên bản) của bản ghi đã đọc");
        }
        String v = ifMatch.trim();
        if (v.equals("*")) return;
        v = opaque(v);
        int dot = v.indexOf('.');
        if (dot >= 0) v = v.substring(0, dot);
        if (!v.equals(Integer.toString(currentVersion))) {
            throw new ApiException(ProblemType.VERSION_CONFLICT,
                    "Phiên bản gửi lên (" + v + ") khác phiên bản hiện tại (" + currentVersion + ")");
        }
    }

    /** An entity tag without its W/ prefix and quotes. */
    static String opaque(String tag) {
        String v = tag.trim();
        if (v.startsWith("W/")) v = v.substring(2);
        return v.replace("\"", "");
    }
}
