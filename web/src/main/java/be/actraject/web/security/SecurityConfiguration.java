package be.actraject.web.security;

import be.actraject.bpmn.identity.DeviceCookies;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.NullSecurityContextRepository;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;

/**
 * Every page behind the login form, CSRF protection on (Spring Security's default), and the role rules that can be
 * said by URL. What depends on the candidate or the task is checked by the services themselves.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
public class SecurityConfiguration {

    /**
     * The signed-in sessions of every node: Spring Session's store in the database (SPRING_SESSION), found there by
     * the person's user id, so that a change of roles or password ends their sessions on each node. Where there is no
     * such store — the {@code @WebMvcTest} slices, whose sessions are the servlet container's — this node's own.
     */
    @Bean
    SessionRegistry sessionRegistry(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> store) {
        FindByIndexNameSessionRepository<? extends Session> shared = store.getIfAvailable();
        return shared == null ? new SessionRegistryImpl() : new SpringSessionBackedSessionRegistry<>(shared);
    }

    /**
     * Tells this node's own registry (the slices') of sessions that ended or changed their id (after sign-in), so that
     * it forgets them; the database's registry needs no telling.
     */
    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @Bean
    SignedInSessions signedInSessions(SessionRegistry sessions) {
        return new SignedInSessions(sessions);
    }

    /**
     * The actuator: health for anyone (details for administrators), the rest — metrics for Prometheus — for
     * administrators, signed in with the form or, as a scraper does, with HTTP Basic.
     */
    @Bean
    @Order(1)
    SecurityFilterChain actuatorChain(HttpSecurity http) throws Exception {
        http
                .securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()
                        .anyRequest().hasRole("ADMINISTRATOR"))
                .httpBasic(Customizer.withDefaults())
                .headers(SecurityHeaders::apply);
        return http.build();
    }

    /**
     * The static files for anyone, read-only, and without the session: no security context, saved request or session
     * check is looked up for them ({@link StaticFiles} says why); they keep the security headers.
     */
    @Bean
    @Order(0)
    SecurityFilterChain staticFilesChain(HttpSecurity http) throws Exception {
        http
                .securityMatcher(StaticFiles.PATTERNS)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET).permitAll()
                        .requestMatchers(HttpMethod.HEAD).permitAll()
                        .anyRequest().denyAll())
                // Not even the session management filter, which asks whether the requested session is valid — a read.
                .sessionManagement(session -> session.disable())
                .logout(logout -> logout.disable())
                .securityContext(context -> context.securityContextRepository(new NullSecurityContextRepository()))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .anonymous(anonymous -> anonymous.disable())
                .headers(SecurityHeaders::apply);
        return http.build();
    }

    /**
     * The pages. A refusal by these URL rules is recorded like the services' own ({@link RefusedChanges}); the rules
     * are a first line only: every service checks its own actor again.
     */
    @Bean
    @Order(2)
    SecurityFilterChain securityFilterChain(HttpSecurity http, RefusedChanges refusals, SessionRegistry sessions,
                                            SignedInSessions signedIn, ObjectProvider<DeviceCookies> devices)
            throws Exception {
        http
                .exceptionHandling(e -> e.accessDeniedHandler(new AuditingAccessDeniedHandler(refusals)))
                .authorizeHttpRequests(requests -> requests
                        // The error page too: otherwise a failing request before login (a missing favicon, say)
                        // becomes the page the login returns to.
                        .requestMatchers("/login", "/error").permitAll()
                        // A load balancer asks for the status without an account; details need an administrator.
                        .requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()
                        // A calendar application fetches the personal feed without an account; the secret token in
                        // the address is the key (FeedController), and only GET of a feed file is let through —
                        // and HEAD, which some calendar applications and link checkers send first.
                        .requestMatchers(HttpMethod.GET, "/agenda/feed/*.ics").permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/agenda/feed/*.ics").permitAll()
                        .requestMatchers("/candidates/new").hasAnyRole("COACH", "COORDINATOR")
                        .requestMatchers("/groups/**").hasAnyRole("COACH", "COORDINATOR")
                        .requestMatchers("/admin/**").hasRole("ADMINISTRATOR")
                        // The steps of an enrolment are the coach's too (the services check the caseload); the
                        // providers and modules are the coordinators'.
                        .requestMatchers("/training/enrolments/**").hasAnyRole("COACH", "COORDINATOR")
                        .requestMatchers("/training/**").hasRole("COORDINATOR")
                        .requestMatchers("/settings/**").hasRole("COORDINATOR")
                        .requestMatchers("/models/**", "/process-room/**").hasAnyRole("COORDINATOR", "ADMINISTRATOR")
                        // The funder reports are the whole cooperative's, whoever else the dashboard opens to.
                        .requestMatchers("/reports/funder/**").hasAnyRole("COORDINATOR", "ADMINISTRATOR")
                        // The dashboard and its drill-down: a coach reads their own caseload's figures there
                        // (Figures forces the filter's coach); office staff none.
                        .requestMatchers("/reports", "/reports/figures/**")
                        .hasAnyRole("COORDINATOR", "ADMINISTRATOR", "COACH")
                        // Figures over every caseload (survival after the exit): not a coach's to read.
                        .requestMatchers("/reports/**").hasAnyRole("COORDINATOR", "ADMINISTRATOR")
                        // Bank statements book payments: the office's follow-up, and the coordinators'.
                        .requestMatchers("/bank-statements", "/bank-statements/**").hasAnyRole("OFFICE", "COORDINATOR")
                        .requestMatchers("/bookkeeping/**", "/bookkeeping").hasAnyRole("OFFICE", "COORDINATOR")
                        .requestMatchers("/tasks/**").hasAnyRole("COACH", "COORDINATOR", "OFFICE")
                        // What went to customers about every candidate: the office's, and the administrators' watch.
                        .requestMatchers("/outbox", "/outbox/**").hasAnyRole("OFFICE", "ADMINISTRATOR")
                        .anyRequest().authenticated())
                .formLogin(form -> form
                        .loginPage("/login")
                        .authenticationDetailsSource(SignInDetails::new)
                        .successHandler(new SignInSuccessHandler(devices))
                        .failureHandler(new LoginFailureHandler())
                        .permitAll())
                // Every session in the registry, so that a change of roles or password can end it (SignedInSessions);
                // any number of sessions per person.
                .sessionManagement(session -> session
                        .maximumSessions(-1)
                        .sessionRegistry(sessions)
                        .expiredSessionStrategy(signedIn))
                .logout(logout -> logout
                        .logoutUrl("/logout")
                        .logoutSuccessUrl("/login?logout"))
                .headers(SecurityHeaders::apply);
        return http.build();
    }
}
