package vn.safeonline.planimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import vn.safeonline.org.OrganizationType;

/** The usual abbreviations resolve; a name the tree lacks gets a type and a parent guessed from its words. */
class OrgMatcherTest {
    final OrgMatcher orgs = new OrgMatcher(Corpus.organizations());

    String code(String phrase) {
        OrgMatcher.Match m = orgs.match(phrase);
        return m.status() == OrgMatcher.Status.MATCHED ? m.org().code() : null;
    }

    @Test
    void abbreviationsResolve() {
        assertEquals("SO-GDDT", code("Sở GD&ĐT"));
        assertEquals("SO-GDDT", code("So GD-DT"));
        assertEquals("CA-TP", code("CA TP"));
        assertEquals("CA-TP", code("Công an TP"));
        assertEquals("MTTQ-TP", code("UBMTTQVN TP"));
        assertEquals("SO-VHTTDL", code("Sở VH,TT&DL"));
        assertEquals("SO-KHCN", code("Sở KH&CN"));
        assertEquals("BCHQS-TP", code("BCHQS TP"));
        assertNull(code("Sở Thông tin và Truyền thông"));
    }

    @Test
    void aNewAgencyGetsATypeAndAParentGuessed() {
        assertEquals(OrganizationType.DEPARTMENT, OrgMatcher.guessType("Sở Thông tin và Truyền thông"));
        assertEquals(OrganizationType.POLICE, OrgMatcher.guessType("Công an tỉnh Vĩnh Long"));
        assertEquals(OrganizationType.WARD_POLICE, OrgMatcher.guessType("Công an phường Ninh Kiều"));
        assertEquals(OrganizationType.UNION, OrgMatcher.guessType("Tỉnh đoàn Đồng Tháp"));
        assertEquals(OrganizationType.MEDIA, OrgMatcher.guessType("Đài Phát thanh - Truyền hình Đà Nẵng"));
        assertEquals(OrganizationType.SCHOOL_LOWER_SECONDARY, OrgMatcher.guessType("Trường THCS Lê Quý Đôn"));
        assertEquals(OrganizationType.COMMUNE, OrgMatcher.guessType("UBND xã Phong Điền"));
        assertEquals(Corpus.id("UBND-CT"), orgs.parentFor(OrganizationType.DEPARTMENT));
        assertEquals(Corpus.id("CA-TP"), orgs.parentFor(OrganizationType.WARD_POLICE));
        assertEquals(Corpus.id("SO-GDDT"), orgs.parentFor(OrganizationType.SCHOOL_PRIMARY));
    }
}
