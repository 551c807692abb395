package vn.safeonline.attendee;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static vn.safeonline.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.safeonline.common.Text;

/** An uploaded file's name is kept as a display name: its base name, no path, no control characters, 200 at most. */
@QuarkusTest
class ImportFileNameTest {

    @Test
    void theNameIsCleanedByOneHelper() {
        assertEquals("x.csv", Text.fileName("../../../../tmp/x.csv"));
        assertEquals("x.csv", Text.fileName("C:\\Users\\a\\x.csv"));
        assertEquals("danh sach.csv", Text.fileName("danh\u0000 sach\u202E.csv".replace("\u0000 ", " ")));
        assertEquals("ab.csv", Text.fileName("a\u0007\u202Eb.csv"));
        assertNull(Text.fileName("../.."));
        assertNull(Text.fileName("/"));
        String longName = "d".repeat(300) + ".xlsx";
        assertEquals(200, Text.fileName(longName).length());
        assertEquals(".xlsx", Text.fileName(longName).substring(195));
    }

    @Test
    void anImportStoresAndReturnsTheBaseNameOnly() throws Exception {
        CeremonyTest.Setup s = CeremonyTest.setup(4);
        long job = ImportTest.uploadAndWait("sogddt", s.studentQuota(), "../../../../tmp/x.csv", ImportTest.csv(ImportTest.HEADER,
                "Nguyễn Minh Khôi,Học sinh,,0902 000 002,,Trường THPT Châu Văn Liêm,10A1,Nguyễn Văn Cha,0912 000 002,"));
        as("sogddt").get("/api/imports/" + job).then().statusCode(200).body("fileName", equalTo("x.csv"));
    }
}
