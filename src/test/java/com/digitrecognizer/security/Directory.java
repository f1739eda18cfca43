package com.digitrecognizer.security;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldif.LDIFException;

/**
 * An in-memory LDAP directory (UnboundID) with two people: alice in the admin group, bob in an
 * ordinary group. Started by the tests that log in through LDAP.
 */
final class Directory {

    static final String BASE = "dc=example,dc=org";
    static final String PASSWORD = "directory-password";

    private Directory() {
    }

    static InMemoryDirectoryServer start() {
        try {
            InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE);
            config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", 0));
            InMemoryDirectoryServer server = new InMemoryDirectoryServer(config);
            server.add("dn: " + BASE, "objectClass: domain", "dc: example");
            server.add("dn: ou=people," + BASE, "objectClass: organizationalUnit", "ou: people");
            server.add("dn: ou=groups," + BASE, "objectClass: organizationalUnit", "ou: groups");
            for (String person : new String[]{"alice", "bob"}) {
                server.add("dn: uid=" + person + ",ou=people," + BASE, "objectClass: inetOrgPerson", "uid: " + person,
                        "cn: " + person, "sn: " + person, "userPassword: " + PASSWORD);
            }
            server.add("dn: cn=digit-admins,ou=groups," + BASE, "objectClass: groupOfNames", "cn: digit-admins",
                    "member: uid=alice,ou=people," + BASE);
            server.add("dn: cn=staff,ou=groups," + BASE, "objectClass: groupOfNames", "cn: staff",
                    "member: uid=alice,ou=people," + BASE, "member: uid=bob,ou=people," + BASE);
            server.startListening();
            return server;
        } catch (LDAPException | LDIFException e) {
            throw new IllegalStateException(e);
        }
    }

    static String url(InMemoryDirectoryServer server) {
        return "ldap://127.0.0.1:" + server.getListenPort() + "/" + BASE;
    }
}
