package be.actraject.bpmn.models;

/**
 * A decision table the product asks a yes/no question and coordinators edit as rows: it names its
 * {@link RuleTableSpec}, so that the {@link ModelValidator} holds a new version of the table to the same sample cases
 * however it is deployed — through the row editor or as a DMN file in the process room. An interface here, so that the
 * validator finds the tables of other packages without depending on them.
 */
public interface EditableRuleTable {

    RuleTableSpec spec();
}
