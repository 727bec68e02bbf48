package be.actraject.demo;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.impl.util.ClockUtil;

import java.util.Date;
import java.util.List;

/**
 * Runs timers by hand: what the job executor would do, but now and in the caller's thread, and also before they are
 * due. The demo data uses it to put candidates at points of the trajectory that a timer leads to (a monthly statement,
 * a follow-up), before the job executor starts. Firing a timer early jumps a trajectory ahead, which no production
 * service may do: so it lives in the demo module (the watch's repair fires only a timer already past due). It is
 * called outside any transaction (from the demo's runner), so that each job runs in a command of its own, as the job
 * executor runs it.
 */
class Timers {

    private final ManagementService management;
    private final RuntimeService runtime;

    Timers(ManagementService management, RuntimeService runtime) {
        this.management = management;
        this.runtime = runtime;
    }

    /**
     * Fires the timers of one element in the processes of a business key, due or not.
     *
     * @return how many fired
     */
    int fire(String businessKey, String activityId) {
        List<Job> jobs = timersOf(businessKey).stream().filter(j -> activityId.equals(activityIdOf(j))).toList();
        jobs.forEach(job -> management.executeJob(job.getId()));
        return jobs.size();
    }

    /**
     * Fires the timers of one element in the instances of a process that hold a variable of this value, due or not.
     *
     * @return how many fired
     */
    int fire(String processKey, String variable, Object value, String activityId) {
        List<Job> jobs = runtime.createProcessInstanceQuery().processDefinitionKey(processKey)
                .variableValueEquals(variable, value).list().stream()
                .flatMap(pi -> management.createJobQuery().processInstanceId(pi.getId()).timers().list().stream())
                .filter(j -> activityId.equals(activityIdOf(j))).toList();
        jobs.forEach(job -> management.executeJob(job.getId()));
        return jobs.size();
    }

    /**
     * Fires every timer of a business key's processes that is due, and those that firing makes due, as the job
     * executor will.
     *
     * @return how many fired
     */
    private List<Job> timersOf(String businessKey) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).list().stream()
                .flatMap(pi -> management.createJobQuery().processInstanceId(pi.getId()).timers().list().stream())
                .toList();
    }

    private String activityIdOf(Job job) {
        return management.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId()).singleResult()
                .getActivityId();
    }

    int fireDue(String businessKey) {
        int fired = 0;
        for (int round = 0; round < 20; round++) {
            Date now = ClockUtil.getCurrentTime();
            List<Job> due = timersOf(businessKey).stream()
                    .filter(j -> j.getDuedate() == null || !j.getDuedate().after(now)).toList();
            if (due.isEmpty()) {
                return fired;
            }
            for (Job job : due) {
                management.executeJob(job.getId());
                fired++;
            }
        }
        return fired;
    }
}
