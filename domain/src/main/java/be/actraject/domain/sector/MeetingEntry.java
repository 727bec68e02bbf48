package be.actraject.domain.sector;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/** A sector group's meeting as it is planned. */
public record MeetingEntry(@NotNull Instant startsAt, @Min(15) @Max(480) int durationMinutes,
                           @NotBlank @Size(max = 200) String place, @NotBlank @Size(max = 200) String topic) {
}
