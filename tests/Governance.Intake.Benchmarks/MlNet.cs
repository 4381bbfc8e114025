using Governance.Core.Definitions.Model;
using Governance.Core.Intake.Model;
using Governance.Core.Intake.Features;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms.Text;

namespace Governance.Intake.Benchmarks;

/// <summary>Microsoft.ML for comparison: its text featurizer (character 1–3-grams) and SDCA maximum entropy, fitted on the catalog's phrases.</summary>
sealed class MlNet
{
    sealed class Row
    {
        public string Text { get; set; } = "";
        public string Label { get; set; } = "";
    }

    sealed class Prediction
    {
        [ColumnName("Score")] public float[] Score { get; set; } = [];
    }

    readonly PredictionEngine<Row, Prediction> engine;
    readonly string[] labels;

    MlNet(PredictionEngine<Row, Prediction> engine, string[] labels) => (this.engine, this.labels) = (engine, labels);

    public static MlNet Fit(IReadOnlyList<CatalogItem> catalog)
    {
        var ml = new MLContext(seed: 1);
        var rows = catalog.SelectMany(i => CatalogEvidence.Phrases(i).Select(p => new Row { Text = TextNormalizer.Normalize(p), Label = i.Code })).ToList();
        var data = ml.Data.LoadFromEnumerable(rows);
        var options = new TextFeaturizingEstimator.Options
        {
            CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = 3, UseAllLengths = true },
            WordFeatureExtractor = null,
            KeepPunctuations = false,
        };
        var pipeline = ml.Transforms.Conversion.MapValueToKey("Label")
            .Append(ml.Transforms.Text.FeaturizeText("Features", options, "Text"))
            .Append(ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(maximumNumberOfIterations: 30));
        var model = pipeline.Fit(data);
        var keys = default(VBuffer<ReadOnlyMemory<char>>);
        model.GetOutputSchema(data.Schema)["Label"].GetKeyValues(ref keys);
        var labels = keys.DenseValues().Select(k => k.ToString()).ToArray();
        return new MlNet(ml.Model.CreatePredictionEngine<Row, Prediction>(model), labels);
    }

    public IReadOnlyList<string> RankCodes(string text, int limit = 3)
    {
        var scores = engine.Predict(new Row { Text = TextNormalizer.Normalize(text) }).Score;
        return Enumerable.Range(0, scores.Length).OrderByDescending(i => scores[i]).Take(limit).Select(i => labels[i]).ToList();
    }
}
