package com.digitrecognizer.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.ldap.core.support.BaseLdapPathContextSource;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.ldap.DefaultSpringSecurityContextSource;
import org.springframework.security.ldap.authentication.BindAuthenticator;
import org.springframework.security.ldap.authentication.LdapAuthenticationProvider;
import org.springframework.security.ldap.authentication.ad.ActiveDirectoryLdapAuthenticationProvider;
import org.springframework.security.ldap.userdetails.DefaultLdapAuthoritiesPopulator;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** Who may log in, from the settings: the admin they name, and an LDAP directory or Active Directory. */
final class Logins {

    private static final Logger log = LoggerFactory.getLogger(Logins.class);
    private static final String ROLE = "ROLE_";

    private Logins() {
    }

    /** Checks logins against every source of users that the settings turn on; none at all: every login fails. */
    static AuthenticationManager manager(SecurityProperties settings, PasswordEncoder encoder) {
        List<AuthenticationProvider> providers = providers(settings, encoder);
        if (providers.isEmpty()) {
            return login -> {
                throw new BadCredentialsException("No logins are configured");
            };
        }
        return new ProviderManager(providers);
    }

    private static List<AuthenticationProvider> providers(SecurityProperties settings, PasswordEncoder encoder) {
        List<AuthenticationProvider> providers = new ArrayList<>();
        SecurityProperties.Admin admin = settings.admin();
        if (admin.enabled()) {
            providers.add(admin(admin, encoder));
            log.info("Admin area: admin '{}' from settings", admin.username());
        }
        if (settings.ldap().enabled()) {
            providers.add(ldap(settings.ldap()));
            log.info("Admin area: logins through {} ({}), admins are the group '{}'",
                    settings.ldap().activeDirectoryDomain().isBlank() ? "LDAP" : "Active Directory",
                    settings.ldap().url(), settings.ldap().adminGroup());
        }
        if (providers.isEmpty()) {
            log.warn("Admin area closed: no admin password. To open it, set SECURITY_ADMIN_PASSWORD (or "
                    + "security.admin.password={bcrypt}<hash>) for the user '{}', or security.ldap.url, and restart.",
                    admin.username());
        }
        return providers;
    }

    private static AuthenticationProvider admin(SecurityProperties.Admin admin, PasswordEncoder encoder) {
        // a plain password is hashed at once, so that not even memory keeps it as it was given
        String password = admin.password().startsWith("{") ? admin.password() : encoder.encode(admin.password());
        InMemoryUserDetailsManager users = new InMemoryUserDetailsManager(User.withUsername(admin.username())
                .password(password).roles(Roles.ADMIN, Roles.USER).build());
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(encoder);
        return provider;
    }

    private static AuthenticationProvider ldap(SecurityProperties.Ldap ldap) {
        GrantedAuthoritiesMapper roles = groups -> rolesOf(groups, ldap.adminGroup());
        if (!ldap.activeDirectoryDomain().isBlank()) {
            ActiveDirectoryLdapAuthenticationProvider provider =
                    new ActiveDirectoryLdapAuthenticationProvider(ldap.activeDirectoryDomain(), ldap.url());
            provider.setAuthoritiesMapper(roles);
            provider.setConvertSubErrorCodesToExceptions(true);
            return provider;
        }
        DefaultSpringSecurityContextSource directory = new DefaultSpringSecurityContextSource(ldap.url());
        if (!ldap.managerDn().isBlank()) {
            directory.setUserDn(ldap.managerDn());
            directory.setPassword(ldap.managerPassword());
        }
        directory.afterPropertiesSet();
        BindAuthenticator authenticator = new BindAuthenticator(directory);
        authenticator.setUserDnPatterns(new String[]{ldap.userDnPattern()});
        LdapAuthenticationProvider provider = new LdapAuthenticationProvider(authenticator, groups(directory, ldap));
        provider.setAuthoritiesMapper(roles);
        return provider;
    }

    private static DefaultLdapAuthoritiesPopulator groups(BaseLdapPathContextSource directory, SecurityProperties.Ldap ldap) {
        DefaultLdapAuthoritiesPopulator groups = new DefaultLdapAuthoritiesPopulator(directory, ldap.groupSearchBase());
        groups.setGroupSearchFilter(ldap.groupSearchFilter());
        groups.setGroupRoleAttribute("cn");
        groups.setRolePrefix(""); // the group names as they are, mapped to our roles below
        groups.setConvertToUpperCase(false);
        return groups;
    }

    /** Members of the admin group are admins (and users); everyone else the directory lets in is a user. */
    static Set<GrantedAuthority> rolesOf(Collection<? extends GrantedAuthority> groups, String adminGroup) {
        boolean admin = groups.stream().anyMatch(group -> group.getAuthority().equalsIgnoreCase(adminGroup));
        return admin ? Set.of(new SimpleGrantedAuthority(ROLE + Roles.ADMIN), new SimpleGrantedAuthority(ROLE + Roles.USER))
                : Set.of(new SimpleGrantedAuthority(ROLE + Roles.USER));
    }
}
