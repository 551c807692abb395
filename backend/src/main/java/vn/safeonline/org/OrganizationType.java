package vn.safeonline.org;

/** The kinds of bodies a plan names. */
public enum OrganizationType {
    PEOPLES_COMMITTEE, DEPARTMENT, POLICE, POLICE_UNIT, WARD_POLICE, MILITARY, FRONT, UNION, MEDIA, ENTERPRISE,
    WARD, COMMUNE, SCHOOL_PRIMARY, SCHOOL_LOWER_SECONDARY, SCHOOL_UPPER_SECONDARY, COLLEGE, UNIVERSITY, OTHER;

    /** "Trường học và cơ sở giáo dục" as the plans say it (100 % trường học): every school, college and university. */
    public static final java.util.List<OrganizationType> EDUCATION = java.util.List.of(SCHOOL_PRIMARY, SCHOOL_LOWER_SECONDARY,
            SCHOOL_UPPER_SECONDARY, COLLEGE, UNIVERSITY);

    public boolean education() {
        return EDUCATION.contains(this);
    }
}
