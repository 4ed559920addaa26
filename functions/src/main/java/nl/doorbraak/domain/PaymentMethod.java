package nl.doorbraak.domain;

/** How a funded measure was actually paid (payment evidence). */
public enum PaymentMethod {
    PINPAS, CONTANT, FACTUUR, OVERBOEKING
}
