package org.sanca.api;

/**
 * A Python exception that escaped code run through {@link Sanca}: it carries the Python type's
 * name, the message (str() of the exception) and the traceback formatted as the interpreter
 * prints it.
 *
 * <pre>{@code
 * try {
 *     py.exec("1/0");
 * } catch (PythonException e) {
 *     e.getPythonType();     // "ZeroDivisionError"
 *     e.getPythonMessage();  // "division by zero"
 *     e.getFormattedTraceback();
 * }
 * }</pre>
 */
public class PythonException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String pythonType;
    private final String pythonMessage;
    private final String formattedTraceback;
    private final transient Object value;

    /**
     * Creates the exception for a Python exception.
     *
     * @param pythonType         the exception class's name (module-qualified outside builtins)
     * @param pythonMessage      str() of the exception, possibly empty
     * @param formattedTraceback the report CPython would print, ending with "Type: message\n"
     * @param value              the Python exception object (an org.sanca.objects.PyObject)
     */
    public PythonException(String pythonType, String pythonMessage, String formattedTraceback, Object value) {
        super(pythonMessage.isEmpty() ? pythonType : pythonType + ": " + pythonMessage, null, false, false);
        this.pythonType = pythonType;
        this.pythonMessage = pythonMessage;
        this.formattedTraceback = formattedTraceback;
        this.value = value;
    }

    /** The Python exception class's name, e.g. "ValueError" or "json.decoder.JSONDecodeError". */
    public String getPythonType() {
        return pythonType;
    }

    /** str() of the Python exception. */
    public String getPythonMessage() {
        return pythonMessage;
    }

    /** The traceback and exception lines, as the interpreter prints them for an uncaught exception. */
    public String getFormattedTraceback() {
        return formattedTraceback;
    }

    /** The Python exception object itself (an org.sanca.objects.PyObject). */
    public Object getValue() {
        return value;
    }

    /** Whether the Python exception is SystemExit (raised by sys.exit()). */
    public boolean isSystemExit() {
        return pythonType.equals("SystemExit");
    }
}
