package khabar.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import khabar.index.IndexLockedException;
import khabar.search.QuerySyntaxException;
import khabar.tag.GazetteerException;
import org.apache.lucene.index.IndexNotFoundException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns known failures into one line on stderr and an exit code; anything else is a bug. A
 * command line that does not parse gets its message, a "did you mean" where picocli has one, and
 * a pointer to the command's help — not the whole help, which buries the message.
 */
final class Errors implements IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {
  @Override
  public int handleParseException(CommandLine.ParameterException ex, String[] args) {
    CommandLine cl = ex.getCommandLine();
    var err = cl.getErr();
    err.println(ex.getMessage());
    CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
    err.println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for the options and examples.");
    err.flush();
    return 2;
  }

  @Override
  public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parsed) throws Exception {
    String msg;
    int code = 1;
    if (ex instanceof QuerySyntaxException) {
      msg = ex.getMessage();
      code = 2;
    } else if (ex instanceof IndexNotFoundException) {
      msg = "no index found: run 'khabar ingest' first (" + ex.getMessage() + ")";
    } else if (ex instanceof GazetteerException
        || ex instanceof IndexLockedException
        || ex instanceof IllegalArgumentException
        || ex instanceof IOException
        || ex instanceof UncheckedIOException) {
      msg = ex.getMessage();
      if (ex instanceof IllegalArgumentException) code = 2;
    } else {
      throw ex;
    }
    cl.getErr().println("khabar " + cl.getCommandName() + ": " + msg);
    cl.getErr().flush();
    return code;
  }
}
