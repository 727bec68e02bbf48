package be.actraject.web.session;

import be.actraject.web.fullstack.FullStackTest;

/** {@link SessionAttributeRaceContract} on H2 (its {@code MERGE … KEY}). */
@FullStackTest
class SessionAttributeRaceOnH2Test extends SessionAttributeRaceContract {
}
