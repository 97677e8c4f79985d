// Property tests use a fixed seed so that CI is repeatable; set FC_SEED to explore other sequences.
import fc from 'fast-check';

fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261125) });
