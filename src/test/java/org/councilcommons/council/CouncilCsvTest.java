package org.councilcommons.council;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CouncilCsvTest {

    @Test
    void readsRowsWithQuotedCommasAndAByteOrderMark() {
        CouncilCsv.Parsed p = CouncilCsv.parse("\uFEFFcode,name,type,region\r\n"
                + "E06000038,Reading Borough Council,unitary,South East\r\n"
                + "E08000025,\"Birmingham City Council, The\",metropolitan borough,West Midlands\r\n\r\n");
        assertEquals(List.of(), p.errors());
        assertEquals(2, p.councils().size());
        assertEquals("Birmingham City Council, The", p.councils().get(1).name());
        assertEquals(CouncilType.METROPOLITAN_BOROUGH, p.councils().get(1).type());
    }

    @Test
    void reportsEveryBadRowWithItsLineNumber() {
        CouncilCsv.Parsed p = CouncilCsv.parse("code,name,type,region\nE06000038,Reading\nE08000025,B,parish,West Midlands\n");
        assertEquals(List.of("line 2", "line 3"), p.errors().stream().map(e -> e.field()).toList());
        assertTrue(p.errors().get(1).message().contains("parish"));
    }

    @Test
    void anEmptyFileIsAnError() {
        assertEquals("file", CouncilCsv.parse("code,name,type,region\n").errors().getFirst().field());
        assertEquals("file", CouncilCsv.parse(null).errors().getFirst().field());
    }

    @Test
    void doubledQuotesInsideQuotesAreOneQuote() {
        assertEquals(List.of("a \"b\" c", "d"), CouncilCsv.split("\"a \"\"b\"\" c\",d"));
    }

    @Test
    void councilTypesAreReadAsPeopleWriteThem() {
        assertEquals(CouncilType.LONDON_BOROUGH, CouncilType.parse("London borough").orElseThrow());
        assertEquals(CouncilType.LONDON_BOROUGH, CouncilType.parse("london_borough").orElseThrow());
        assertEquals(CouncilType.UNITARY, CouncilType.parse("Unitary authority").orElseThrow());
        assertTrue(CouncilType.parse("parish").isEmpty());
    }
}
