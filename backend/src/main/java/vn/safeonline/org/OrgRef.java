package vn.safeonline.org;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How other resources name an organisation. */
@Schema(name = "OrgRef")
public record OrgRef(
        @Schema(required = true, examples = "42") long id,
        @Schema(required = true, examples = "SO-GDDT") String code,
        @Schema(required = true, examples = "Sở Giáo dục và Đào tạo") String name,
        @Schema(required = true) OrganizationType type) {

    public static OrgRef of(Organization o) {
        return o == null ? null : new OrgRef(o.id, o.code, o.name, o.type);
    }
}
