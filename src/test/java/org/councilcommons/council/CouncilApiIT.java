package org.councilcommons.council;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.councilcommons.testing.Api;
import org.councilcommons.testing.RunningServer;
import org.councilcommons.testing.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The council register through the API: reading is open, changing it is for administrators. */
@ExtendWith(RunningServer.class)
class CouncilApiIT {

    static Api anonymous;
    static Api admin;

    @BeforeAll
    static void setUp(RunningServer.Server server) {
        anonymous = new Api(server);
        admin = anonymous.asAdministrator();
    }

    @Test
    void anAdministratorRegistersACouncilThatAnyoneCanRead() {
        String code = TestData.councilCode();
        Api.Reply created = admin.post("/api/v1/councils", TestData.council(code, "Registered Council")
                .add("domains", jakarta.json.Json.createArrayBuilder().add("registered.gov.uk")).build().toString());
        assertEquals(201, created.status(), created::toString);
        assertEquals("/api/v1/councils/" + code, created.header("Location").map(l -> l.replaceFirst("^https?://[^/]+", "")).orElse(""));

        var council = anonymous.get("/api/v1/councils/" + code).json();
        assertEquals("Registered Council", council.getString("name"));
        assertEquals("unitary", council.getString("type"));
        assertEquals("registered.gov.uk", council.getJsonArray("domains").getString(0));
    }

    @Test
    void aDuplicateCodeIs409AndABadOneIs400() {
        String code = TestData.registerCouncil(admin, "Original");
        assertEquals(409, admin.post("/api/v1/councils", TestData.council(code, "Copy").build().toString()).status());
        Api.Reply bad = admin.post("/api/v1/councils", TestData.council("X123", "Bad code").build().toString());
        assertEquals(400, bad.status());
        assertEquals(java.util.List.of("code"), Api.errorFields(bad.json()));
        Api.Reply badType = admin.post("/api/v1/councils", TestData.council(TestData.councilCode(), "Bad type")
                .add("type", "parish").build().toString());
        assertEquals(400, badType.status());
        assertEquals(java.util.List.of("type"), Api.errorFields(badType.json()));
    }

    @Test
    void onlyAdministratorsChangeTheRegister() {
        assertEquals(401, anonymous.post("/api/v1/councils", TestData.council(TestData.councilCode(), "Nope").build().toString()).status());
    }

    @Test
    void aCsvRegisterImportsAllRowsOrNone() {
        String a = TestData.councilCode();
        String b = TestData.councilCode();
        String good = "GSS code,name,type,region\n" + a + ",\"Csv Council, One\",district,Wales\n" + b + ",Csv Two,unitary,Wales\n";
        Api.Reply imported = admin.post("/api/v1/councils/import", "text/csv", good);
        assertEquals(200, imported.status(), imported::toString);
        assertEquals(2, imported.json().getInt("added"));
        assertEquals("Csv Council, One", anonymous.get("/api/v1/councils/" + a).json().getString("name"));

        String c = TestData.councilCode();
        String bad = "GSS code,name,type,region\n" + c + ",Fine,district,Wales\nBAD,Broken,district,Wales\n";
        Api.Reply refused = admin.post("/api/v1/councils/import", "text/csv", bad);
        assertEquals(400, refused.status());
        assertTrue(refused.body().contains("BAD"), refused::toString);
        assertEquals(404, anonymous.get("/api/v1/councils/" + c).status(), "nothing is half imported");
    }

    @Test
    void theListIsPaged() {
        var page = anonymous.get("/api/v1/councils?size=2").json();
        assertEquals(2, page.getJsonArray("items").size());
        assertTrue(page.getInt("total") >= 5);
    }
}
