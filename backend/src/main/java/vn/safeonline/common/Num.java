package vn.safeonline.common;

import java.math.BigDecimal;

/** Figures on the wire without trailing zeros: 20, 61.4, 100 — never 20.00 or 1E+2. */
public final class Num {
    private Num() {
    }

    public static BigDecimal plain(BigDecimal v) {
        if (v == null) return null;
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
