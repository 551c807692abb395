package vn.safeonline.common;

import jakarta.ws.rs.core.EntityTag;

/** Optimistic locking over HTTP: ETag "version" out, If-Match in. */
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
        if (v.startsWith("W/")) v = v.substring(2);
        v = v.replace("\"", "");
        if (!v.equals(Integer.toString(currentVersion))) {
            throw new ApiException(ProblemType.VERSION_CONFLICT,
                    "Phiên bản gửi lên (" + v + ") khác phiên bản hiện tại (" + currentVersion + ")");
        }
    }
}
