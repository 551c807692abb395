package vn.safeonline.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Values of native query results, whichever Java type the driver and Hibernate chose for them. */
public final class SqlValues {
    private SqlValues() {
    }

    public static OffsetDateTime offsetDateTime(Object v) {
        if (v == null) return null;
        if (v instanceof OffsetDateTime o) return o;
        if (v instanceof Instant i) return i.atOffset(ZoneOffset.UTC);
        if (v instanceof java.sql.Timestamp t) return t.toInstant().atOffset(ZoneOffset.UTC);
        throw new IllegalStateException("unexpected timestamp " + v.getClass());
    }

    public static LocalDate localDate(Object v) {
        if (v == null) return null;
        if (v instanceof LocalDate d) return d;
        if (v instanceof java.sql.Date d) return d.toLocalDate();
        return LocalDate.parse(v.toString());
    }

    /** A numeric column (BigDecimal, Double, Long… as the driver chose), exactly as PostgreSQL wrote it. */
    public static java.math.BigDecimal decimal(Object v) {
        if (v == null) return null;
        if (v instanceof java.math.BigDecimal d) return d;
        return new java.math.BigDecimal(v.toString());
    }
}
