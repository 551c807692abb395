package vn.safeonline.common;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a system client may be allowed to do. An operation open to system clients names its scope with
 * {@code @Extension(name = Scopes.EXTENSION, value = Scopes.…)}: the contract shows it (the client-credentials requirement of
 * the operation) and the server enforces the same annotation (auth/ClientScopeFilter). An operation without it is for
 * people only. Organisation rules apply to a client as to its organisation's officers.
 */
public final class Scopes {
    private Scopes() {
    }

    /** The operation extension that names the scope a system client needs. */
    public static final String EXTENSION = "x-client-scope";

    /** Any system client (e.g. reading itself). */
    public static final String ANY = "any";
    public static final String PLANS_READ = "plans:read";
    public static final String PROGRESS_WRITE = "progress:write";
    public static final String ATTENDEES_WRITE = "attendees:write";
    public static final String ACTIVITIES_WRITE = "activities:write";
    public static final String CHECKIN_WRITE = "checkin:write";
    public static final String INDICATORS_READ = "indicators:read";

    /** Every scope a client can be given, with what it opens. */
    public static final Map<String, String> ALL = new LinkedHashMap<>();

    static {
        ALL.put(PLANS_READ, "Read the plans and tasks the organisation is party to");
        ALL.put(PROGRESS_WRITE, "Report progress on the tasks the organisation leads, and its contribution to those it cooperates on");
        ALL.put(ATTENDEES_WRITE, "Read the organisation's invitation quotas and submit its attendees");
        ALL.put(ACTIVITIES_WRITE, "Report the organisation's campaign activities");
        ALL.put(CHECKIN_WRITE, "Check delegates in at the events the organisation receives");
        ALL.put(INDICATORS_READ, "Read campaign indicators and targets");
    }
}
