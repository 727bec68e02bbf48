package be.actraject.web.admin;

import be.actraject.web.system.DateWindow;
import be.actraject.web.system.InDateWindow;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.NotNull;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/** An overdue task's new due date: from today, within {@link DateWindow#POSTPONED_DUE}. */
record PostponeForm(@NotBlank(message = "{stuck.refused.NO_REASON}") @Size(max = StuckLimits.REASON, message = "{stuck.refused.TOO_LONG}") String reason,
                    @NotNull(message = "{stuck.refused.NO_DUE_DATE}") @InDateWindow(DateWindow.POSTPONED_DUE)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate due) implements RepairForm {
}
