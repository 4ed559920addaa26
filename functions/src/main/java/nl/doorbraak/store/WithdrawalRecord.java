package nl.doorbraak.store;

import java.time.Instant;

/** A withdrawal of the measures still awaiting approval, with the zorgmarinier's reason. */
public record WithdrawalRecord(String reason, String withdrawnBy, Instant withdrawnAt) {
}
