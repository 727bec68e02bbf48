/** The individual conversation, which every phase asks for. */
package be.actraject.bpmn.conversation;
