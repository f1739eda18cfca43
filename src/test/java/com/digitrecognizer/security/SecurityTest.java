package com.digitrecognizer.security;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Who may do what, through the real filter chains, password checks and an in-memory LDAP
 * directory: the admin from settings, alice (LDAP admin group) and bob (LDAP, no admin group).
 */
@SpringBootTest(properties = {"security.admin.password=" + SecurityTest.ADMIN_PASSWORD,
        "security.login.max-failures=3", "security.login.lockout=2s"})
class SecurityTest {

    static final String ADMIN_PASSWORD = "correct horse battery";
    private static final String CORRECTIONS = "/api/v1/corrections";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final InMemoryDirectoryServer directory = Directory.start();

    @Autowired
    WebApplicationContext context;
    @Autowired
    AuditLog audit;

    MockMvc mvc;

    @DynamicPropertySource
    static void ldap(DynamicPropertyRegistry registry) {
        registry.add("security.ldap.url", () -> Directory.url(directory));
    }

    @AfterAll
    static void stopDirectory() {
        directory.shutDown(true);
    }

    @BeforeEach
    void mockMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void anonymousCallersGet401ProblemsOnTheAdminApi() throws Exception {
        for (MockHttpServletRequestBuilder request : new MockHttpServletRequestBuilder[]{
                get(CORRECTIONS), get(CORRECTIONS + "/1"), get(CORRECTIONS + "/1/image"), delete(CORRECTIONS + "/1")}) {
            MvcResult refused = mvc.perform(request).andReturn();
            assertThat(refused.getResponse().getStatus()).isEqualTo(401);
            assertThat(refused.getResponse().getContentType()).isEqualTo(PROBLEM_JSON);
            assertThat(refused.getResponse().getHeader("WWW-Authenticate")).startsWith("Basic");
        }
    }

    @Test
    void anyoneMaySendACorrectionWithoutLoginOrCsrfToken() throws Exception {
        assertThat(status(sendCorrection())).isEqualTo(201);
    }

    @Test
    void theAdminFromSettingsAndTheLdapAdminGroupMayReadAndDelete() throws Exception {
        assertThat(status(get(CORRECTIONS).with(httpBasic("admin", ADMIN_PASSWORD)))).isEqualTo(200);
        assertThat(status(get(CORRECTIONS).with(httpBasic("alice", Directory.PASSWORD)))).isEqualTo(200);
        long id = created();
        // Basic credentials are sent on purpose, not by a browser's cookie: no CSRF token needed
        assertThat(status(delete(CORRECTIONS + "/" + id).with(httpBasic("alice", Directory.PASSWORD)))).isEqualTo(204);
        assertThat(audit.newest(0, 1).getFirst()).satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo("alice");
            assertThat(entry.action()).isEqualTo("delete");
            assertThat(entry.detail()).isEqualTo("correction " + id);
        });
    }

    @Test
    void aUserWhoIsNoAdminGets403() throws Exception {
        long id = created();
        assertThat(status(get(CORRECTIONS).with(httpBasic("bob", Directory.PASSWORD)))).isEqualTo(403);
        assertThat(status(delete(CORRECTIONS + "/" + id).with(httpBasic("bob", Directory.PASSWORD)))).isEqualTo(403);
        assertThat(status(get(CORRECTIONS + "/" + id).with(httpBasic("admin", ADMIN_PASSWORD)))).isEqualTo(200);
    }

    @Test
    void onlyAdminsSeeAndPromoteModelVersions() throws Exception {
        String models = "/api/v1/models";
        assertThat(status(get(models))).isEqualTo(401);
        assertThat(status(post(models + "/1/promote"))).isEqualTo(401);
        assertThat(status(get(models).with(httpBasic("bob", Directory.PASSWORD)))).isEqualTo(403);
        assertThat(status(post(models + "/1/promote").with(httpBasic("bob", Directory.PASSWORD)))).isEqualTo(403);
        assertThat(status(get(models).with(httpBasic("alice", Directory.PASSWORD)))).isEqualTo(200);
        assertThat(status(post(models + "/1/promote").with(httpBasic("admin", ADMIN_PASSWORD)))).isEqualTo(200);
        MockHttpSession session = login("admin", ADMIN_PASSWORD, "10.0.0.8");
        assertThat(status(post(models + "/1/promote").session(session))).as("no CSRF token").isEqualTo(403);
        assertThat(status(post(models + "/1/promote").session(session).with(csrf()))).isEqualTo(200);
    }

    @Test
    void wrongPasswordsAreRefused() throws Exception {
        assertThat(status(get(CORRECTIONS).with(httpBasic("admin", "guess")))).isEqualTo(401);
        assertThat(status(get(CORRECTIONS).with(httpBasic("bob", "guess")))).isEqualTo(401);
        assertThat(status(get(CORRECTIONS).with(httpBasic("nobody", "guess")))).isEqualTo(401);
    }

    @Test
    void anAdminsLoginSessionNeedsTheCsrfTokenToChangeAnything() throws Exception {
        MockHttpSession session = login("admin", ADMIN_PASSWORD, "10.0.0.9");
        long id = created();

        assertThat(status(get(CORRECTIONS + "/" + id).session(session))).isEqualTo(200);
        assertThat(status(delete(CORRECTIONS + "/" + id).session(session))).isEqualTo(403);
        assertThat(status(delete(CORRECTIONS + "/" + id).session(session).with(csrf()))).isEqualTo(204);
    }

    @Test
    void aLoginThroughTheLoginPageIsAuditedButNotEachBasicRequest() throws Exception {
        long before = audit.count();

        login("admin", ADMIN_PASSWORD, "10.0.0.7");
        assertThat(status(get(CORRECTIONS).with(httpBasic("admin", ADMIN_PASSWORD)))).isEqualTo(200);

        assertThat(audit.count()).isEqualTo(before + 1);
        assertThat(audit.newest(0, 1)).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo("admin");
            assertThat(entry.action()).isEqualTo("login");
            assertThat(entry.detail()).isEqualTo("from 10.0.0.7");
        });
    }

    @Test
    void theLoginLocksANameOutFromOneAddressAfterRepeatedWrongPasswords() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(loginRedirect("admin", "guess " + i, "10.0.0.1")).isEqualTo("/login?error");
        }
        assertThat(loginRedirect("admin", ADMIN_PASSWORD, "10.0.0.1")).as("locked out, right password or not")
                .isEqualTo("/login?error");
        assertThat(loginRedirect("admin", ADMIN_PASSWORD, "10.0.0.2")).as("from another address").isEqualTo("/");
        assertThat(audit.newest(0, 5)).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("login-locked-out");
            assertThat(entry.detail()).isEqualTo("from 10.0.0.1");
        });

        Thread.sleep(2100); // security.login.lockout
        assertThat(loginRedirect("admin", ADMIN_PASSWORD, "10.0.0.1")).as("after the lockout").isEqualTo("/");
    }

    @Test
    void adminsSeeTheDatabaseInHealthAndAnonymousCallersOnlyTheStatus() throws Exception {
        String anonymous = mvc.perform(get("/actuator/health")).andReturn().getResponse().getContentAsString();
        String admin = mvc.perform(get("/actuator/health").with(httpBasic("admin", ADMIN_PASSWORD)))
                .andReturn().getResponse().getContentAsString();

        assertThat(JsonMapper.shared().readTree(anonymous).has("components")).isFalse();
        assertThat(JsonMapper.shared().readTree(admin).path("components").path("db").path("status").asString())
                .isEqualTo("UP");
    }

    private MockHttpSession login(String user, String password, String address) throws Exception {
        MvcResult result = mvc.perform(loginForm(user, password, address)).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    private String loginRedirect(String user, String password, String address) throws Exception {
        return mvc.perform(loginForm(user, password, address)).andReturn().getResponse().getRedirectedUrl();
    }

    private static MockHttpServletRequestBuilder loginForm(String user, String password, String address) {
        return post("/login").param("username", user).param("password", password).with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                });
    }

    private long created() throws Exception {
        String body = mvc.perform(sendCorrection()).andReturn().getResponse().getContentAsString();
        return JsonMapper.shared().readTree(body).get("id").asLong();
    }

    private static RequestBuilder sendCorrection() throws IOException {
        try (InputStream png = SecurityTest.class.getResourceAsStream("/api/digit-7.png")) {
            return multipart(CORRECTIONS).file(new MockMultipartFile("image", "d.png", "image/png", png.readAllBytes()))
                    .param("label", "1");
        }
    }

    private int status(RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }
}
