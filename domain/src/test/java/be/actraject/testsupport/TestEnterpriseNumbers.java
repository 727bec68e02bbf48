package be.actraject.testsupport;

import be.actraject.domain.belgium.EnterpriseNumber;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A fresh valid enterprise number on every call: one enterprise is one training provider, so tests that record a
 * provider each need a number of their own in the database they share.
 */
public final class TestEnterpriseNumbers {

    /** Past the numbers the demo and the tests write out, and different on every start of a test JVM. */
    private static final AtomicLong NEXT = new AtomicLong(10_000_100L + (System.nanoTime() & 0x3FFFFL) * 30);

    private TestEnterpriseNumbers() {
    }

    public static EnterpriseNumber fresh() {
        long base = NEXT.getAndIncrement() % 100_000_000L;
        return new EnterpriseNumber(String.format("%08d%02d", base, 97 - base % 97));
    }
}
