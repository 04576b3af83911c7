package io.switchboard.platform.persistence;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import org.hibernate.FlushMode;
import org.hibernate.Session;

/** Runs a {@link ReadOnly} method with a read-only, never flushed session, inside its transaction. */
@ReadOnly
@Interceptor
// after @Transactional's interceptor (PLATFORM_BEFORE + 200): the session is the transaction's
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 210)
public class ReadOnlyInterceptor {

    private final Session session;

    ReadOnlyInterceptor(Session session) {
        this.session = session;
    }

    @AroundInvoke
    Object readOnly(InvocationContext invocation) throws Exception {
        boolean readOnly = session.isDefaultReadOnly();
        FlushMode flushMode = session.getHibernateFlushMode();
        session.setDefaultReadOnly(true);
        session.setHibernateFlushMode(FlushMode.MANUAL);
        try {
            return invocation.proceed();
        } finally {
            session.setDefaultReadOnly(readOnly);
            session.setHibernateFlushMode(flushMode);
        }
    }
}
