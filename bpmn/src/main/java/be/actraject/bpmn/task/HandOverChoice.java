package be.actraject.bpmn.task;

import be.actraject.bpmn.identity.Account;

import java.util.List;

/**
 * Whom one task can be handed over to: the colleagues {@link TaskClaims#handOver} accepts, and the others with the
 * reason it would refuse them, so that the screen says why a colleague is not offered.
 *
 * @param offered the colleagues the hand-over accepts, in the order of the accounts
 * @param missing the other colleagues, each with the reason of the refusal
 */
public record HandOverChoice(List<Account> offered, List<Missing> missing) {

    /** A colleague the hand-over would refuse, and why. */
    public record Missing(Account colleague, HandOverRefusedException.Reason reason) {
    }
}
