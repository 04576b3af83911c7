package io.switchboard.platform.persistence;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A use case that only reads, in a transaction of its own: the entities it loads are read-only and the session is
 * never flushed, so Hibernate neither snapshots them nor dirty-checks them before each query and at commit (a
 * fifth of ticket-service's CPU on a page of 50 tickets). Only for the outermost method of a transaction: entities
 * loaded meanwhile cannot be changed afterwards.
 */
@InterceptorBinding
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ReadOnly {
}
