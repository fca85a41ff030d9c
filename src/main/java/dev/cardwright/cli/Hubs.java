package dev.cardwright.cli;

/** The model hubs {@code --hub} names. */
final class Hubs {
    static final String HUGGINGFACE = "huggingface";
    static final String MODELSCOPE = "modelscope";

    private Hubs() {
    }

    static boolean isKnown(String hub) {
        return HUGGINGFACE.equals(hub) || MODELSCOPE.equals(hub);
    }
}
