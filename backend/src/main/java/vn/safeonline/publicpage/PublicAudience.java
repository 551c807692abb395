package vn.safeonline.publicpage;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Who acted on a public page, as the page asks ("Bạn là: học sinh, sinh viên, giáo viên, phụ huynh, cán bộ, khác"): the count goes
 * to that audience of the unit (a campaign target of pupils counts pupils' framed avatars only). OTHER counts toward no
 * audience-specific target.
 */
@Schema(name = "PublicAudience", description = "who acted: PUPILS (học sinh), STUDENTS (sinh viên), TEACHERS (giáo viên), PARENTS (phụ huynh), "
        + "OFFICERS (cán bộ), OTHER (khác)")
public enum PublicAudience {
    PUPILS, STUDENTS, TEACHERS, PARENTS, OFFICERS, OTHER
}
