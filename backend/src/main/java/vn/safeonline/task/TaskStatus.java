package vn.safeonline.task;

/** The government's taxonomy of a task's state; derived from reports, due date and today (view task_progress). */
public enum TaskStatus {
    NOT_STARTED, IN_PROGRESS, OVERDUE, DONE_ON_TIME, DONE_LATE;

    public boolean done() {
        return this == DONE_ON_TIME || this == DONE_LATE;
    }
}
