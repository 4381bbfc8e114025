namespace Governance.Intake.Benchmarks;

static class Latency
{
    public static void Run(Corpus corpus) { }
}
