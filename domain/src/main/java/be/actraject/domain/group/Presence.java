package be.actraject.domain.group;

public enum Presence {
    PRESENT,
    EXCUSED,
    ABSENT
}
