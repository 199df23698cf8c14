using System.Text.RegularExpressions;
using Riktning.Statistics;
using Riktning.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Riktning.Strategy;

/// <summary>
/// Reads a strategy or cooperation definition from YAML (or JSON, which YAML contains).
/// Pure: text in, definition out. It collects every problem it finds, each with file, line and field,
/// and throws one <see cref="DefinitionException"/> so that a person can fix a file in one go.
/// </summary>
public static partial class DefinitionReader
{
    public static ParsedDefinition Read(TextReader text, string fileName)
    {
        var stream = new YamlStream();
        var scanner = new Scanner(text);
        try
        {
            stream.Load(new YamlDotNet.Core.Parser(scanner));
        }
        catch (YamlException ex)
        {
            var detail = ex.InnerException?.Message ?? StripMarkPrefix(ex.Message);
            throw new DefinitionException([new DefinitionError(fileName, (int)ex.Start.Line, (int)ex.Start.Column, "", $"malformed YAML/JSON: {detail}")]);
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner fails this way on some unterminated flow collections; report where it stopped.
            var where = scanner.CurrentPosition;
            throw new DefinitionException([new DefinitionError(fileName, (int)where.Line, (int)where.Column, "", "malformed YAML/JSON: unexpected end of a list or mapping")]);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new DefinitionException([new DefinitionError(fileName, 1, 1, "", "the file is empty or is not a mapping of fields")]);
        }

        var parser = new Parser(fileName);
        var definition = parser.ReadDefinition(root);
        if (parser.Errors.Count > 0 || definition is null)
        {
            throw new DefinitionException(parser.Errors);
        }

        return new ParsedDefinition(definition, parser.ExternalReferences);
    }

    public static ParsedDefinition ReadFile(string path)
    {
        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        return Read(reader, path);
    }

    /// <summary>Whether a text is a valid definition or item id: lower-case letters a-z, digits and '-'.</summary>
    public static bool IsValidId(string id) => IdPattern().IsMatch(id);

    private static string StripMarkPrefix(string message)
    {
        // YamlDotNet prefixes "(Line: 3, Col: 5, Idx: 20) - (Line: …): "; we report the location ourselves.
        var index = message.IndexOf("): ", StringComparison.Ordinal);
        return index >= 0 ? message[(index + 3)..] : message;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"^\d{4}(-\d{2}-\d{2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex PartialDatePattern();

    private sealed class Parser(string fileName)
    {
        private readonly Dictionary<string, Mark> _ids = new(StringComparer.Ordinal);
        private readonly List<(string Id, Mark Where, string Field)> _perspectiveReferences = [];

        public List<DefinitionError> Errors { get; } = [];
        public List<DefinitionReference> ExternalReferences { get; } = [];

        public StrategyDefinition? ReadDefinition(YamlMappingNode root)
        {
            CheckFields(root, "", "id", "kind", "title", "owner", "revision", "source", "relatesTo", "region", "regionName", "vision", "perspectives",
                "keysForChange", "smartSpecialisations", "missions", "leadership", "focusAreas", "businessAreas",
                "cooperationAreas", "recommendations", "initiatives", "partnerRegions", "partnerMunicipalities", "facts", "comparisons", "population-measure", "commuting");

            var id = RequiredId(root, "");
            var kind = RequiredEnum<DefinitionKind>(root, "kind", "kind");
            var title = RequiredText(root, "title", "title");
            var owner = RequiredString(root, "owner", "owner");
            var revision = ReadRevision(root);
            var relatesTo = OptionalString(root, "relatesTo");
            if (relatesTo is not null)
            {
                var where = Field(root, "relatesTo")!.Start;
                ExternalReferences.Add(new DefinitionReference(ReferenceTarget.Definition, relatesTo, (int)where.Line, (int)where.Column, "relatesTo"));
            }

            var region = ReadRegion(root, kind);
            var definition = new StrategyDefinition
            {
                Id = id ?? "",
                Kind = kind ?? DefinitionKind.Strategy,
                Title = title ?? new LocalizedText(""),
                Owner = owner ?? "",
                Revision = revision ?? new RevisionInfo("", null, null, null, null),
                Source = OptionalString(root, "source"),
                RelatesTo = relatesTo,
                Region = region,
                RegionName = OptionalText(root, "regionName", "regionName"),
                Vision = OptionalText(root, "vision", "vision"),
                Perspectives = List(root, "perspectives", "perspectives", ReadNamedItem),
                KeysForChange = List(root, "keysForChange", "keysForChange", ReadNamedItem),
                SmartSpecialisations = List(root, "smartSpecialisations", "smartSpecialisations", ReadNamedItem),
                Missions = List(root, "missions", "missions", ReadNamedItem),
                Leadership = List(root, "leadership", "leadership", ReadNamedItem),
                FocusAreas = List(root, "focusAreas", "focusAreas", ReadFocusArea),
                BusinessAreas = List(root, "businessAreas", "businessAreas", ReadNamedItem),
                CooperationAreas = List(root, "cooperationAreas", "cooperationAreas", ReadCooperationArea),
                Recommendations = List(root, "recommendations", "recommendations", ReadRecommendation),
                Initiatives = List(root, "initiatives", "initiatives", ReadInitiative),
                PartnerRegions = RegionKeys(root, "partnerRegions", "partnerRegions"),
                PartnerMunicipalities = RegionKeys(root, "partnerMunicipalities", "partnerMunicipalities"),
                Facts = List(root, "facts", "facts", ReadFact),
                Commuting = ReadCommuting(root),
            };
            definition = definition with { Comparisons = ReadComparisons(root, definition), PopulationMeasure = ReadPopulationMeasure(root, definition) };

            if (kind == DefinitionKind.Strategy)
            {
                if (definition.Vision is null)
                {
                    Missing(root, "", "vision");
                }

                if (definition.FocusAreas.Count == 0)
                {
                    Missing(root, "", "focusAreas");
                }
            }

            var goalReferences = ExternalReferences.Where(r => r.Target == ReferenceTarget.Goal).ToList();
            if (goalReferences.Count > 0 && relatesTo is null)
            {
                var first = goalReferences[0];
                Errors.Add(new DefinitionError(fileName, first.Line, first.Column, first.Field,
                    "refers to goals but the file has no 'relatesTo' naming the strategy they belong to"));
            }

            var perspectiveIds = definition.Perspectives.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
            foreach (var (perspective, where, field) in _perspectiveReferences.Where(r => !perspectiveIds.Contains(r.Id)))
            {
                Error(where, field, $"unknown perspective '{perspective}' (known: {string.Join(", ", perspectiveIds.Order(StringComparer.Ordinal))})");
            }

            return definition;
        }

        /// <summary>
        /// The measure whose figures are the population that counts are divided by (<c>population-measure:</c>): one of the
        /// definition's own measures, of kind count.
        /// </summary>
        private string? ReadPopulationMeasure(YamlMappingNode root, StrategyDefinition definition)
        {
            if (Field(root, "population-measure") is not { } node || Scalar(node, "population-measure") is not { } id)
            {
                return null;
            }

            var measure = definition.Measures.FirstOrDefault(m => m.Id == id);
            if (measure is null)
            {
                Error(node.Start, "population-measure", $"'{id}' is not a measure of this definition");
                return null;
            }

            if (measure.Kind != MeasureKind.Count)
            {
                Error(node.Start, "population-measure", $"'{id}' must be of kind count to be a population (it is {(measure.Kind is { } kind ? kind.ToString().ToLowerInvariant() : "of no kind")})");
                return null;
            }

            return id;
        }

        /// <summary>The strategy's region: required for a strategy, checked against the registry when stored.</summary>
        private string? ReadRegion(YamlMappingNode root, DefinitionKind? kind)
        {
            if (Field(root, "region") is not { } node)
            {
                if (kind == DefinitionKind.Strategy)
                {
                    Missing(root, "", "region");
                }

                return null;
            }

            return Scalar(node, "region") is { } value && CheckRegionKey(value, node.Start, "region") ? value : null;
        }

        private bool CheckRegionKey(string value, Mark where, string field)
        {
            if (!Regions.RegionKey.TryParse(value, out _))
            {
                Error(where, field, $"'{value}' is not a region key like 'SE-17' or 'NO-34'");
                return false;
            }

            ExternalReferences.Add(new DefinitionReference(ReferenceTarget.Region, value, (int)where.Line, (int)where.Column, field));
            return true;
        }

        private RevisionInfo? ReadRevision(YamlMappingNode root)
        {
            if (Field(root, "revision") is not { } node)
            {
                Missing(root, "", "revision");
                return null;
            }

            if (AsMap(node, "revision") is not { } map)
            {
                return null;
            }

            CheckFields(map, "revision", "label", "adopted", "revised", "baselineYear", "notes");
            var label = RequiredString(map, "label", "revision.label");
            var adopted = PartialDate(map, "adopted", "revision.adopted");
            var revised = PartialDate(map, "revised", "revision.revised");
            var baseline = OptionalInt(map, "baselineYear", "revision.baselineYear");
            return new RevisionInfo(label ?? "", adopted, revised, baseline, OptionalText(map, "notes", "revision.notes"));
        }

        private NamedItem? ReadNamedItem(YamlMappingNode map, string path)
        {
            CheckFields(map, path, "id", "name", "description");
            var id = RequiredId(map, path);
            var name = RequiredText(map, "name", path + ".name");
            return id is null || name is null ? null : new NamedItem(id, name, OptionalText(map, "description", path + ".description"));
        }

        private FocusArea? ReadFocusArea(YamlMappingNode map, string path)
        {
            CheckFields(map, path, "id", "name", "strategicDirection", "description", "goals");
            var id = RequiredId(map, path);
            var name = RequiredText(map, "name", path + ".name");
            var direction = RequiredText(map, "strategicDirection", path + ".strategicDirection");
            var goals = List(map, "goals", path + ".goals", ReadGoal);
            if (goals.Count == 0 && Field(map, "goals") is null)
            {
                Missing(map, path, "goals");
            }

            return id is null || name is null || direction is null
                ? null
                : new FocusArea(id, name, direction, OptionalText(map, "description", path + ".description"), goals);
        }

        private Goal? ReadGoal(YamlMappingNode map, string path)
        {
            CheckFields(map, path, "id", "name", "description", "perspectives", "indicators");
            var id = RequiredId(map, path);
            var name = RequiredText(map, "name", path + ".name");
            var perspectives = Strings(map, "perspectives", path + ".perspectives", (value, where, field) => _perspectiveReferences.Add((value, where, field)));
            var indicators = List(map, "indicators", path + ".indicators", ReadIndicator);
            return id is null || name is null
                ? null
                : new Goal(id, name, OptionalText(map, "description", path + ".description"), perspectives, indicators);
        }

        private Indicator? ReadIndicator(YamlMappingNode map, string path)
        {
            CheckFields(map, path, "id", "name", "description", "direction", "breakdowns", "measures");
            var id = RequiredId(map, path);
            var name = RequiredText(map, "name", path + ".name");
            var direction = RequiredEnum<Direction>(map, "direction", path + ".direction");
            var breakdowns = new List<Breakdown>();
            if (Field(map, "breakdowns") is { } breakdownNode && AsSequence(breakdownNode, path + ".breakdowns") is { } sequence)
            {
                for (var i = 0; i < sequence.Children.Count; i++)
                {
                    if (ParseEnum<Breakdown>(sequence.Children[i], $"{path}.breakdowns[{i}]") is { } breakdown)
                    {
                        breakdowns.Add(breakdown);
                    }
                }
            }

            var measures = List(map, "measures", path + ".measures", ReadMeasure);
            return id is null || name is null || direction is null
                ? null
                : new Indicator(id, name, OptionalText(map, "description", path + ".description"), direction.Value, breakdowns, measures);
        }

        private Measure? ReadMeasure(YamlMappingNode map, string path)
        {
            CheckFields(map, path, "id", "name", "unit", "kind", "direction", "tolerance", "comparable-across-border", "source");
            var id = RequiredId(map, path);
            var name = RequiredText(map, "name", path + ".name");
            var direction = Field(map, "direction") is { } directionNode ? ParseEnum<Direction>(directionNode, path + ".direction") : null;
            var kind = Field(map, "kind") is { } kindNode ? ParseEnum<MeasureKind>(kindNode, path + ".kind") : null;
            MeasureSource? source = null;
            if (Field(map, "source") is not { } sourceNode)
            {
                Missing(map, path, "source");
            }
            else if (AsMap(sourceNode, path + ".source") is { } sourceMap)
            {
                CheckFields(sourceMap, path + ".source", "type", "id", "note", "selection", "mapping", "api");
                var api = OptionalString(sourceMap, "api");
                if (api is not null and not ("v0" or "v2"))
                {
                    Error(Field(sourceMap, "api")!.Start, path + ".source.api", $"'{api}' is not an API this source is read through (v0 or v2)");
                }

                var type = RequiredEnum<SourceType>(sourceMap, "type", path + ".source.type");
                var sourceId = OptionalString(sourceMap, "id");
                if (type is SourceType.Scb or SourceType.Ssb or SourceType.Kolada && sourceId is null)
                {
                    Missing(sourceMap, path + ".source", "id");
                }
                else if (type == SourceType.None && sourceId is not null)
                {
                    Error(Field(sourceMap, "id")!.Start, path + ".source.id", "a source of type 'none' cannot name a table or KPI id");
                }

                source = type is null ? null : new MeasureSource(type.Value, sourceId, OptionalText(sourceMap, "note", path + ".source.note"))
                {
                    Selection = ReadSelection(sourceMap, path + ".source.selection"),
                    Mapping = ReadMapping(sourceMap, path + ".source.mapping"),
                    Api = api,
                };
            }

            double? tolerance = null;
            if (Field(map, "tolerance") is { } toleranceNode)
            {
                if (toleranceNode is YamlScalarNode { Value: { } raw } && double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) && parsed >= 0)
                {
                    tolerance = parsed;
                }
                else
                {
                    Error(toleranceNode.Start, path + ".tolerance", "expected a number of zero or more, in the measure's unit");
                }
            }

            if (Field(map, "comparable-across-border") is { } comparableNode)
            {
                Error(comparableNode.Start, path + ".comparable-across-border",
                    "replaced by a 'comparisons:' entry that binds the Swedish and the Norwegian measure and writes down their differences");
            }

            return id is null || name is null || source is null
                ? null
                : new Measure(id, name, OptionalString(map, "unit"), direction, source) { Tolerance = tolerance, Kind = kind };
        }

        private Dictionary<string, IReadOnlyList<string>> ReadSelection(YamlMappingNode source, string path)
        {
            var selection = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
            if (Field(source, "selection") is not { } node || AsMap(node, path) is not { } map)
            {
                return selection;
            }

            foreach (var (key, value) in map.Children)
            {
                var dimension = Scalar(key, path) ?? "";
                var codes = value is YamlSequenceNode sequence
                    ? sequence.Children.Select((child, i) => Scalar(child, $"{path}.{dimension}[{i}]")).OfType<string>().ToList()
                    : Scalar(value, $"{path}.{dimension}") is { } single ? [single] : [];
                selection[dimension] = codes;
            }

            return selection;
        }

        private SourceMapping? ReadMapping(YamlMappingNode source, string path)
        {
            if (Field(source, "mapping") is not { } node || AsMap(node, path) is not { } map)
            {
                return null;
            }

            CheckFields(map, path, "region", "time", "breakdowns", "filters", "regions", "regionCodes");
            var regions = Field(map, "regions") is { } regionsNode ? ParseEnum<RegionCodeSystem>(regionsNode, path + ".regions") : null;

            var breakdowns = StringMap(map, "breakdowns", path + ".breakdowns");
            var allowed = Enum.GetValues<Breakdown>().Select(b => JsonNamingPolicy.KebabCaseLower.ConvertName(b.ToString())).ToHashSet(StringComparer.Ordinal);
            foreach (var name in breakdowns.Keys.Where(name => !allowed.Contains(name)))
            {
                Error(Field(map, "breakdowns")!.Start, $"{path}.breakdowns.{name}", $"unknown breakdown '{name}' (allowed: {string.Join(", ", allowed)})");
            }

            var regionCodes = StringMap(map, "regionCodes", path + ".regionCodes");
            foreach (var (code, key) in regionCodes.Where(c => c.Value != "-" && !Regions.RegionKey.TryParse(c.Value, out _)))
            {
                Error(Field(map, "regionCodes")!.Start, $"{path}.regionCodes.{code}", $"'{key}' is neither a region key like 'NO-34' nor '-' (leave the code out)");
            }

            return new SourceMapping(OptionalString(map, "region"), OptionalString(map, "time"), breakdowns, StringMap(map, "filters", path + ".filters"), regions ?? RegionCodeSystem.Swedish)
            {
                RegionCodes = regionCodes,
            };
        }

        private Dictionary<string, string> StringMap(YamlMappingNode parent, string key, string path)
        {
            var result = new Dictionary<string, string>(StringComparer.Ordinal);
            if (Field(parent, key) is { } node && AsMap(node, path) is { } map)
            {
                foreach (var (name, value) in map.Children)
                {
                    if (Scalar(name, path) is { } k && Scalar(value, $"{path}.{k}") is { } v)
                    {
                        result[k] = v;
                    }
                }
            }

            return result;
        }

        /// <summary>
        /// The <c>comparisons:</c> list: each binds a Swedish and a Norwegian measure of this file, writes down their
        /// differences (required, in every case: a comparison is never shown without them) and may give a rule. A pair
        /// whose units differ is refused, naming the pair, unless a rule bridges them or the pair is marked not comparable.
        /// </summary>
        private List<MeasurePair> ReadComparisons(YamlMappingNode root, StrategyDefinition definition)
        {
            var measures = definition.Measures.ToDictionary(m => m.Id, StringComparer.Ordinal);
            return List(root, "comparisons", "comparisons", (map, path) =>
            {
                CheckFields(map, path, "id", "swedish", "norwegian", "comparable", "differences", "rule");
                var id = RequiredId(map, path);
                var swedish = RequiredString(map, "swedish", path + ".swedish");
                var norwegian = RequiredString(map, "norwegian", path + ".norwegian");
                var comparable = RequiredEnum<Comparability>(map, "comparable", path + ".comparable");
                var differences = RequiredText(map, "differences", path + ".differences");
                foreach (var (side, measureId) in new[] { ("swedish", swedish), ("norwegian", norwegian) })
                {
                    if (measureId is not null && !measures.ContainsKey(measureId))
                    {
                        Error(Field(map, side)!.Start, $"{path}.{side}", $"'{measureId}' is not a measure of this definition");
                    }
                }

                HarmonisationRule? rule = null;
                if (Field(map, "rule") is { } ruleNode && AsMap(ruleNode, path + ".rule") is { } ruleMap)
                {
                    CheckFields(ruleMap, path + ".rule", "kind", "breakdown", "categories", "into", "periodShift");
                    var kind = RequiredEnum<HarmonisationKind>(ruleMap, "kind", path + ".rule.kind");
                    var categories = Strings(ruleMap, "categories", path + ".rule.categories", (_, _, _) => { });
                    var breakdown = OptionalString(ruleMap, "breakdown");
                    if (kind is HarmonisationKind.RebandAges or HarmonisationKind.SumCategories && (categories.Count < 2 || OptionalString(ruleMap, "into") is null))
                    {
                        Error(ruleMap.Start, path + ".rule", "a rule that sums categories needs at least two 'categories' and the category they go 'into'");
                    }

                    rule = kind is null ? null : new HarmonisationRule(
                        kind.Value,
                        kind == HarmonisationKind.RebandAges ? breakdown ?? "age" : breakdown,
                        categories,
                        OptionalString(ruleMap, "into"),
                        OptionalInt(ruleMap, "periodShift", path + ".rule.periodShift") ?? 0);
                }

                if (swedish is not null && norwegian is not null && measures.TryGetValue(swedish, out var se) && measures.TryGetValue(norwegian, out var no)
                    && comparable is not null and not Comparability.NotComparable
                    && !string.Equals(se.Unit, no.Unit, StringComparison.OrdinalIgnoreCase)
                    && !(rule?.Kind == HarmonisationKind.Currency && string.Equals(se.Unit, "SEK", StringComparison.OrdinalIgnoreCase) && string.Equals(no.Unit, "NOK", StringComparison.OrdinalIgnoreCase)))
                {
                    Error(map.Start, path, $"comparison '{id}': the units differ ({se.Unit ?? "none"} / {no.Unit ?? "none"}) and no rule converts one into the other; add a rule or mark it 'comparable: not-comparable'");
                }

                return id is null || swedish is null || norwegian is null || comparable is null || differences is null
                    ? null
                    : new MeasurePair(id, swedish, norwegian, comparable.Value, differences, rule);
            });
        }

        private CooperationArea? ReadCooperationArea(YamlMappingNode map, string path)
        {
            CheckFields(map, path, "id", "name", "description", "goals");
            var id = RequiredId(map, path);
            var name = RequiredText(map, "name", path + ".name");
            var goals = GoalReferences(map, path);
            return id is null || name is null ? null : new CooperationArea(id, name, OptionalText(map, "description", path + ".description"), goals);
        }

        private Recommendation? ReadRecommendation(YamlMappingNode map, string path)
        {
            CheckFields(map, path, "id", "number", "name", "points", "goals");
            var id = RequiredId(map, path);
            var number = OptionalInt(map, "number", path + ".number");
            if (Field(map, "number") is null)
            {
                Missing(map, path, "number");
            }

            var name = RequiredText(map, "name", path + ".name");
            var points = TextList(map, "points", path + ".points");
            var goals = GoalReferences(map, path);
            return id is null || name is null || number is null ? null : new Recommendation(id, number.Value, name, points, goals);
        }

        private Initiative? ReadInitiative(YamlMappingNode map, string path)
        {
            CheckFields(map, path, "id", "name", "description", "period", "purposes", "activities");
            var id = RequiredId(map, path);
            var name = RequiredText(map, "name", path + ".name");
            DateOnly? from = null, to = null;
            if (Field(map, "period") is { } periodNode && AsMap(periodNode, path + ".period") is { } period)
            {
                CheckFields(period, path + ".period", "from", "to");
                from = OptionalDate(period, "from", path + ".period.from");
                to = OptionalDate(period, "to", path + ".period.to");
                if (from > to)
                {
                    Error(period.Start, path + ".period", "'from' is after 'to'");
                }
            }

            var purposes = TextList(map, "purposes", path + ".purposes");
            var activities = List(map, "activities", path + ".activities", (activity, activityPath) =>
            {
                CheckFields(activity, activityPath, "id", "name", "items");
                var activityId = RequiredId(activity, activityPath);
                var activityName = RequiredText(activity, "name", activityPath + ".name");
                return activityId is null || activityName is null
                    ? null
                    : new ActivityGroup(activityId, activityName, TextList(activity, "items", activityPath + ".items"));
            });
            return id is null || name is null
                ? null
                : new Initiative(id, name, OptionalText(map, "description", path + ".description"), from, to, purposes, activities);
        }

        private Fact? ReadFact(YamlMappingNode map, string path)
        {
            CheckFields(map, path, "id", "text", "value", "unit", "year");
            var id = RequiredId(map, path);
            var text = RequiredText(map, "text", path + ".text");
            double? value = null;
            if (Field(map, "value") is { } valueNode)
            {
                if (valueNode is YamlScalarNode { Value: { } raw } && double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed))
                {
                    value = parsed;
                }
                else
                {
                    Error(valueNode.Start, path + ".value", "expected a number");
                }
            }

            return id is null || text is null
                ? null
                : new Fact(id, text, value, OptionalString(map, "unit"), OptionalInt(map, "year", path + ".year"));
        }

        /// <summary>
        /// The <c>commuting:</c> tables: a publisher refresh can fetch from (ssb or nordic), a table whose id makes a source
        /// key, a selection of every variable the query names (each <c>*</c>, <c>top:N</c> or codes) within what the
        /// publisher answers per call, and no table twice.
        /// </summary>
        private List<CommutingTableSource> ReadCommuting(YamlMappingNode root)
        {
            var tables = List(root, "commuting", "commuting", ReadCommutingTable);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            if (Field(root, "commuting") is YamlSequenceNode sequence)
            {
                for (var i = 0; i < sequence.Children.Count; i++)
                {
                    if (sequence.Children[i] is YamlMappingNode item && ReadKey(item) is { } key && !seen.Add(key))
                    {
                        Error(Field(item, "table")!.Start, $"commuting[{i}].table", $"the table {key} is declared twice");
                    }
                }
            }

            return tables;

            static string? ReadKey(YamlMappingNode item)
            {
                try
                {
                    return Field(item, "source") is YamlScalarNode { Value: { } source } && Field(item, "table") is YamlScalarNode { Value: { } table }
                        ? CrossBorder.Commuting.CommutingSources.Key(source.Trim(), Path.GetFileNameWithoutExtension(table.Trim().TrimEnd('/')))
                        : null;
                }
                catch (ImportFormatException)
                {
                    return null;
                }
            }
        }

        private CommutingTableSource? ReadCommutingTable(YamlMappingNode map, string path)
        {
            CheckFields(map, path, "source", "table", "selection", "origin", "destination", "note");
            var source = RequiredString(map, "source", path + ".source");
            long? maxCells = source switch
            {
                null => null,
                CrossBorder.Commuting.CommutingSources.Ssb => CrossBorder.Commuting.CommutingRefresh.SsbMaxCells,
                CrossBorder.Commuting.CommutingSources.Nordic => CrossBorder.Commuting.CommutingRefresh.NordicMaxCells,
                _ => null,
            };
            if (source is not null && maxCells is null)
            {
                Error(Field(map, "source")!.Start, path + ".source",
                    $"'{source}' is not a source whose commuting tables refresh fetches (ssb: Statistikkbanken API v0, nordic: the Nordic Statistics database)");
                source = null;
            }

            var table = RequiredString(map, "table", path + ".table");
            if (table is not null && source is not null)
            {
                try
                {
                    CrossBorder.Commuting.CommutingSources.Key(source, Path.GetFileNameWithoutExtension(table.TrimEnd('/')));
                }
                catch (ImportFormatException)
                {
                    Error(Field(map, "table")!.Start, path + ".table", $"'{table}' does not end in a table id (letters and digits, at most 40), e.g. 13631 or COMM01.px");
                    table = null;
                }
            }

            var selection = ReadSelection(map, path + ".selection");
            if (Field(map, "selection") is null)
            {
                Missing(map, path, "selection");
            }
            else if (selection.Count == 0)
            {
                Error(Field(map, "selection")!.Start, path + ".selection", "name each variable the query selects, with its codes, '*' or 'top:N'");
            }

            var valid = true;
            foreach (var (dimension, codes) in selection)
            {
                if (codes.Count == 0 || (codes.Count > 1 && codes.Any(c => c == "*" || c.StartsWith("top:", StringComparison.Ordinal)))
                    || (codes is [var only] && only.StartsWith("top:", StringComparison.Ordinal) && Importing.PxWeb.PxWebSelection.TopCount(only) is null))
                {
                    Error(Field(map, "selection")!.Start, $"{path}.selection.{dimension}", "expected codes, '*' alone (all) or 'top:N' alone (the last N, N at least 1)");
                    valid = false;
                }
            }

            if (valid && maxCells is { } max && selection.Count > 0 && selection.Values.All(codes => Importing.PxWeb.PxWebSelection.FromCodes(codes).Filter == "item")
                && selection.Values.Aggregate(1L, (product, codes) => product * codes.Count) is var cells && cells > max)
            {
                Error(Field(map, "selection")!.Start, path + ".selection", $"asks for {cells} values; {source} answers at most {max} per call, so narrow it");
            }

            return source is null || table is null || selection.Count == 0 || !valid
                ? null
                : new CommutingTableSource(source, table, selection)
                {
                    Origin = OptionalString(map, "origin"),
                    Destination = OptionalString(map, "destination"),
                    Note = OptionalText(map, "note", path + ".note"),
                };
        }

        private List<string> GoalReferences(YamlMappingNode map, string path) =>
            Strings(map, "goals", path + ".goals",
                (value, where, field) => ExternalReferences.Add(new DefinitionReference(ReferenceTarget.Goal, value, (int)where.Line, (int)where.Column, field)));

        private List<string> RegionKeys(YamlMappingNode map, string key, string path) =>
            Strings(map, key, path, (value, where, field) => CheckRegionKey(value, where, field));

        // ---- building blocks ----

        private static YamlNode? Field(YamlMappingNode map, string key) =>
            map.Children.TryGetValue(new YamlScalarNode(key), out var node) && !IsNull(node) ? node : null;

        private static bool IsNull(YamlNode node) =>
            node is YamlScalarNode { Style: ScalarStyle.Plain, Value: null or "" or "~" or "null" };

        private void CheckFields(YamlMappingNode map, string path, params string[] allowed)
        {
            foreach (var key in map.Children.Keys)
            {
                var name = (key as YamlScalarNode)?.Value ?? "?";
                if (!allowed.Contains(name, StringComparer.Ordinal))
                {
                    Error(key.Start, Join(path, name), $"unknown field '{name}' (allowed here: {string.Join(", ", allowed)})");
                }
            }
        }

        private string? RequiredId(YamlMappingNode map, string path)
        {
            var field = Join(path, "id");
            var id = RequiredString(map, "id", field);
            if (id is null)
            {
                return null;
            }

            var where = Field(map, "id")!.Start;
            if (!IdPattern().IsMatch(id))
            {
                Error(where, field, $"'{id}' is not a valid id: use lower-case letters a-z, digits and '-'");
                return null;
            }

            if (_ids.TryGetValue(id, out var first))
            {
                Error(where, field, $"duplicate id '{id}' (first used at line {first.Line})");
                return null;
            }

            _ids[id] = where;
            return id;
        }

        private string? RequiredString(YamlMappingNode map, string key, string path)
        {
            if (Field(map, key) is not { } node)
            {
                Missing(map, ParentOf(path, key), key);
                return null;
            }

            return Scalar(node, path);
        }

        private string? OptionalString(YamlMappingNode map, string key) =>
            Field(map, key) is { } node ? Scalar(node, key) : null;

        private string? Scalar(YamlNode node, string path)
        {
            if (node is YamlScalarNode { Value: { } value } && !string.IsNullOrWhiteSpace(value))
            {
                return value.Trim();
            }

            Error(node.Start, path, "expected a text value");
            return null;
        }

        private int? OptionalInt(YamlMappingNode map, string key, string path)
        {
            if (Field(map, key) is not { } node)
            {
                return null;
            }

            if (node is YamlScalarNode { Value: { } raw } && int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
            {
                return value;
            }

            Error(node.Start, path, "expected a whole number");
            return null;
        }

        private string? PartialDate(YamlMappingNode map, string key, string path)
        {
            if (Field(map, key) is not { } node || Scalar(node, path) is not { } value)
            {
                return null;
            }

            if (PartialDatePattern().IsMatch(value) && (value.Length == 4 || DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)))
            {
                return value;
            }

            Error(node.Start, path, $"'{value}' is not a year (2025) or a date (2025-06-18)");
            return null;
        }

        private DateOnly? OptionalDate(YamlMappingNode map, string key, string path)
        {
            if (Field(map, key) is not { } node || Scalar(node, path) is not { } value)
            {
                return null;
            }

            if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            Error(node.Start, path, $"'{value}' is not a date (2023-12-31)");
            return null;
        }

        private LocalizedText? RequiredText(YamlMappingNode map, string key, string path)
        {
            if (Field(map, key) is null)
            {
                Missing(map, ParentOf(path, key), key);
                return null;
            }

            return OptionalText(map, key, path);
        }

        private LocalizedText? OptionalText(YamlMappingNode map, string key, string path) =>
            Field(map, key) is { } node ? Text(node, path) : null;

        private LocalizedText? Text(YamlNode node, string path)
        {
            if (node is YamlScalarNode)
            {
                return Scalar(node, path) is { } sv ? new LocalizedText(sv) : null;
            }

            if (node is not YamlMappingNode map)
            {
                Error(node.Start, path, "expected a text or a mapping of languages (sv, nb, en)");
                return null;
            }

            CheckFields(map, path, "sv", "nb", "en");
            var swedish = RequiredString(map, "sv", path + ".sv");
            var norwegian = Field(map, "nb") is { } nb ? Scalar(nb, path + ".nb") : null;
            var english = Field(map, "en") is { } en ? Scalar(en, path + ".en") : null;
            return swedish is null ? null : new LocalizedText(swedish, norwegian, english);
        }

        private List<LocalizedText> TextList(YamlMappingNode map, string key, string path)
        {
            var result = new List<LocalizedText>();
            if (Field(map, key) is { } node && AsSequence(node, path) is { } sequence)
            {
                for (var i = 0; i < sequence.Children.Count; i++)
                {
                    if (Text(sequence.Children[i], $"{path}[{i}]") is { } text)
                    {
                        result.Add(text);
                    }
                }
            }

            return result;
        }

        private List<string> Strings(YamlMappingNode map, string key, string path, Action<string, Mark, string> onValue)
        {
            var result = new List<string>();
            if (Field(map, key) is { } node && AsSequence(node, path) is { } sequence)
            {
                for (var i = 0; i < sequence.Children.Count; i++)
                {
                    var itemPath = $"{path}[{i}]";
                    if (Scalar(sequence.Children[i], itemPath) is { } value)
                    {
                        result.Add(value);
                        onValue(value, sequence.Children[i].Start, itemPath);
                    }
                }
            }

            return result;
        }

        private List<T> List<T>(YamlMappingNode map, string key, string path, Func<YamlMappingNode, string, T?> readItem)
            where T : class
        {
            var result = new List<T>();
            if (Field(map, key) is not { } node || AsSequence(node, path) is not { } sequence)
            {
                return result;
            }

            for (var i = 0; i < sequence.Children.Count; i++)
            {
                var itemPath = $"{path}[{i}]";
                if (AsMap(sequence.Children[i], itemPath) is { } item && readItem(item, itemPath) is { } value)
                {
                    result.Add(value);
                }
            }

            return result;
        }

        private TEnum? RequiredEnum<TEnum>(YamlMappingNode map, string key, string path)
            where TEnum : struct, Enum
        {
            if (Field(map, key) is not { } node)
            {
                Missing(map, ParentOf(path, key), key);
                return null;
            }

            return ParseEnum<TEnum>(node, path);
        }

        private TEnum? ParseEnum<TEnum>(YamlNode node, string path)
            where TEnum : struct, Enum
        {
            if (Scalar(node, path) is not { } value)
            {
                return null;
            }

            foreach (var candidate in Enum.GetValues<TEnum>())
            {
                if (string.Equals(JsonNamingPolicy.KebabCaseLower.ConvertName(candidate.ToString()), value, StringComparison.Ordinal))
                {
                    return candidate;
                }
            }

            var allowed = string.Join(", ", Enum.GetValues<TEnum>().Select(v => JsonNamingPolicy.KebabCaseLower.ConvertName(v.ToString())));
            Error(node.Start, path, $"unknown value '{value}' (allowed: {allowed})");
            return null;
        }

        private YamlMappingNode? AsMap(YamlNode node, string path)
        {
            if (node is YamlMappingNode map)
            {
                return map;
            }

            Error(node.Start, path, "expected a mapping of fields");
            return null;
        }

        private YamlSequenceNode? AsSequence(YamlNode node, string path)
        {
            if (node is YamlSequenceNode sequence)
            {
                return sequence;
            }

            Error(node.Start, path, "expected a list");
            return null;
        }

        private void Missing(YamlMappingNode map, string path, string key) =>
            Error(map.Start, Join(path, key), "required field is missing");

        private void Error(Mark where, string field, string message) =>
            Errors.Add(new DefinitionError(fileName, (int)where.Line, (int)where.Column, field, message));

        private static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";

        private static string ParentOf(string path, string key) =>
            path.EndsWith("." + key, StringComparison.Ordinal) ? path[..^(key.Length + 1)] : path == key ? "" : path;
    }
}
