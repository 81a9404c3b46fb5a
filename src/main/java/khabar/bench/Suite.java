package khabar.bench;

import java.util.List;

/**
 * One stage's benchmark. Each suite is the only class of this package that calls its stage, so a
 * change to a stage's entry point is a change here alone.
 */
interface Suite {
  String name();

  /** Measures the stage and its baseline; the baseline first, the stage's figures compared with it. */
  List<Result> run(BenchContext ctx) throws Exception;
}
