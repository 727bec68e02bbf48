/**
 * The decision screens: continue or reorient after the intake, the prospecting review and the exit decision of the
 * invoicing phase. Each shows what the decision rests on and asks for the choice and its motivation.
 */
package be.actraject.web.decision;
