package io.tokenstack.advisor.advice;

/**
 * How much of an advice to render. Every stack is weighed and every rule fires either way;
 * what differs is how many stacks are written out, each with its sentences and the other
 * evidence level's figures.
 */
public enum AdviceDetail {

    /** The ten best stacks and the rejected ones: what a person reads. */
    FULL,

    /**
     * The first recommendation alone, with the rest of the advice: enough for a row per team
     * and the organisation's summary, which read nothing else.
     */
    TOP_STACK
}
