#include "frameworkparser.h"

#include "evidence/citationparser.h"

#include "frameworkjsonreader.h"
#include "outlinereader.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace Minh::Core {

namespace {

using Reader = FrameworkJsonReader;

QList<TextField> readFields(Reader &r, const QJsonObject &o, const QString &key, const QString &path)
{
    QList<TextField> fields;
    QSet<QString> keys;
    const QJsonArray a = r.array(o, key, path);
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QString p = Reader::at(Reader::join(path, key), i);
        const QJsonObject f = r.object(a.at(i), p, {"key", "title"});
        TextField field{r.string(f, QStringLiteral("key"), p), r.string(f, QStringLiteral("title"), p)};
        if (keys.contains(field.key)) {
            r.fail(FrameworkParser::tr("the text field “%1” is listed twice in “%2”.").arg(field.key, p));
        }
        keys.insert(field.key);
        fields.append(field);
    }
    return fields;
}

} // namespace

Result<Framework> FrameworkParser::parse(const QByteArray &data, const QString &fileName)
{
    Reader r(fileName);
    if (data.size() > MaximumSize) {
        r.fail(tr("the file is larger than %1 MB, far more than any framework needs.").arg(MaximumSize / 1024 / 1024));
        return Result<Framework>::failure(r.error());
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        r.fail(tr("it is not valid JSON (%1 at character %2).").arg(parseError.errorString()).arg(parseError.offset));
        return Result<Framework>::failure(r.error());
    }
    if (!doc.isObject() || doc.object().value(QStringLiteral("format")).toString() != QStringLiteral("minh-framework")) {
        r.fail(tr("it is not a Minh framework file (the field “format” must be “minh-framework”)."));
        return Result<Framework>::failure(r.error());
    }
    const QJsonObject root = r.object(doc.object(), QString(),
                                      {"format", "format_version", "id", "circular", "title", "issued", "effective", "status",
                                       "annex", "school_types", "provenance", "regime", "max_criterion_level", "amendments",
                                       "standards", "extra_requirements", "rules", "national_standard"});
    const int version = root.value(QStringLiteral("format_version")).toInt(0);
    if (version > FormatVersion) {
        r.fail(tr("it was made for a newer version of Minh (format version %1; this version reads up to %2).")
                   .arg(version)
                   .arg(FormatVersion));
        return Result<Framework>::failure(r.error());
    }
    if (version < 1) {
        r.fail(tr("the field “format_version” must be a whole number from 1 to %1.").arg(FormatVersion));
        return Result<Framework>::failure(r.error());
    }
    const QString nonNfc = Reader::firstNonNfc(root, QString());
    if (!nonNfc.isEmpty()) {
        r.fail(tr("the text at “%1” is not in Unicode NFC form; save the file with composed characters.").arg(nonNfc));
        return Result<Framework>::failure(r.error());
    }

    Framework fw;
    fw.m_source = data;
    fw.m_id = r.string(root, QStringLiteral("id"), QString());
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9.-]{0,63}$"));
    if (!r.failed() && !idPattern.match(fw.m_id).hasMatch()) {
        r.fail(tr("the id “%1” may contain only lowercase letters, digits, dots and hyphens.").arg(fw.m_id));
    }
    fw.m_circular = r.string(root, QStringLiteral("circular"), QString());
    fw.m_title = r.string(root, QStringLiteral("title"), QString());
    fw.m_issued = r.string(root, QStringLiteral("issued"), QString(), false);
    fw.m_effective = r.string(root, QStringLiteral("effective"), QString(), false);
    r.date(fw.m_issued, QStringLiteral("issued"));
    r.date(fw.m_effective, QStringLiteral("effective"));
    fw.m_status = r.string(root, QStringLiteral("status"), QString(), false);
    fw.m_annex = r.string(root, QStringLiteral("annex"), QString(), false);
    fw.m_schoolTypes = r.strings(root, QStringLiteral("school_types"), QString());
    fw.m_maxCriterionLevel = r.integer(root, QStringLiteral("max_criterion_level"), QString(), 1, 9);

    const QJsonObject prov = r.object(root.value(QStringLiteral("provenance")), QStringLiteral("provenance"),
                                        {"verified", "summary", "sources", "notes", "notes_document"});
    fw.m_provenance.verified = r.boolean(prov, QStringLiteral("verified"), QStringLiteral("provenance"));
    fw.m_provenance.summary = r.string(prov, QStringLiteral("summary"), QStringLiteral("provenance"));
    fw.m_provenance.sources = r.strings(prov, QStringLiteral("sources"), QStringLiteral("provenance"));
    fw.m_provenance.notes = r.strings(prov, QStringLiteral("notes"), QStringLiteral("provenance"));
    fw.m_provenance.notesDocument = r.string(prov, QStringLiteral("notes_document"), QStringLiteral("provenance"), false);

    const QJsonObject regime = r.object(root.value(QStringLiteral("regime")), QStringLiteral("regime"),
                                          {"id", "guidance", "criterion_fields", "standard_fields", "evidence", "documents"});
    fw.m_regime.id = r.string(regime, QStringLiteral("id"), QStringLiteral("regime"));
    fw.m_regime.guidance = r.string(regime, QStringLiteral("guidance"), QStringLiteral("regime"), false);
    fw.m_regime.criterionFields = readFields(r, regime, QStringLiteral("criterion_fields"), QStringLiteral("regime"));
    fw.m_regime.standardFields = readFields(r, regime, QStringLiteral("standard_fields"), QStringLiteral("regime"));
    const QJsonObject evidence = r.object(regime.value(QStringLiteral("evidence")), QStringLiteral("regime.evidence"),
                                            {"code_format", "window_school_years"});
    fw.m_regime.evidence.codeFormat = r.string(evidence, QStringLiteral("code_format"), QStringLiteral("regime.evidence"));
    // Codes are made from this format and found again in the council's texts by CitationParser;
    // a format it cannot read back would give codes no citation or renumbering ever finds.
    if (!r.failed() && !CitationParser(fw.m_regime.evidence.codeFormat).isValid()) {
        r.fail(tr("the evidence code format “%1” (regime.evidence.code_format) cannot be used: it needs {standard}, "
                  "{criterion} and {sequence} (or {sequence:0N}), may have {box}, joins them with letters, spaces or "
                  ". - _ / only, and may be enclosed in [ ] or ( ).")
                   .arg(fw.m_regime.evidence.codeFormat));
    }
    fw.m_regime.evidence.windowSchoolYears =
        r.integer(evidence, QStringLiteral("window_school_years"), QStringLiteral("regime.evidence"), 1, 20);
    fw.m_regime.documents = OutlineReader::read(r, regime);

    const QJsonArray amendments = r.array(root, QStringLiteral("amendments"), QString(), false);
    for (qsizetype i = 0; i < amendments.size(); ++i) {
        const QString p = Reader::at(QStringLiteral("amendments"), i);
        const QJsonObject a = r.object(amendments.at(i), p, {"id", "issued", "effective", "note", "verified"});
        Amendment amendment;
        amendment.id = r.string(a, QStringLiteral("id"), p);
        amendment.issued = r.string(a, QStringLiteral("issued"), p, false);
        amendment.effective = r.string(a, QStringLiteral("effective"), p);
        r.date(amendment.issued, Reader::join(p, QStringLiteral("issued")));
        r.date(amendment.effective, Reader::join(p, QStringLiteral("effective")));
        amendment.note = r.string(a, QStringLiteral("note"), p, false);
        amendment.verified = r.boolean(a, QStringLiteral("verified"), p);
        fw.m_amendments.append(amendment);
    }
    QSet<QString> amendmentIds;
    for (const Amendment &a : std::as_const(fw.m_amendments)) {
        amendmentIds.insert(a.id);
    }

    static const QRegularExpression codePattern(QStringLiteral("^([1-9][0-9]?)\\.([1-9][0-9]?)$"));
    const QJsonArray standards = r.array(root, QStringLiteral("standards"), QString());
    if (!r.failed() && standards.isEmpty()) {
        r.fail(tr("the framework has no standards."));
    }
    QSet<int> standardNumbers;
    for (qsizetype si = 0; si < standards.size() && !r.failed(); ++si) {
        const QString sp = Reader::at(QStringLiteral("standards"), si);
        const QJsonObject so = r.object(standards.at(si), sp, {"number", "article", "title", "criteria"});
        Standard standard;
        standard.number = r.integer(so, QStringLiteral("number"), sp, 1, 99);
        standard.article = r.string(so, QStringLiteral("article"), sp, false);
        standard.title = r.string(so, QStringLiteral("title"), sp);
        if (standardNumbers.contains(standard.number)) {
            r.fail(tr("standard %1 appears more than once.").arg(standard.number));
        }
        standardNumbers.insert(standard.number);
        const QJsonArray criteria = r.array(so, QStringLiteral("criteria"), sp);
        if (!r.failed() && criteria.isEmpty()) {
            r.fail(tr("standard %1 has no criteria.").arg(standard.number));
        }
        for (qsizetype ci = 0; ci < criteria.size() && !r.failed(); ++ci) {
            const QString cp = Reader::at(Reader::join(sp, QStringLiteral("criteria")), ci);
            const QJsonObject co = r.object(criteria.at(ci), cp, {"code", "title", "mandatory", "levels"});
            Criterion criterion;
            criterion.standardNumber = standard.number;
            criterion.code = r.string(co, QStringLiteral("code"), cp);
            criterion.title = r.string(co, QStringLiteral("title"), cp);
            criterion.mandatory = r.boolean(co, QStringLiteral("mandatory"), cp);
            const auto match = codePattern.match(criterion.code);
            if (!r.failed() && (!match.hasMatch() || match.captured(1).toInt() != standard.number)) {
                r.fail(tr("criterion code “%1” at “%2” must be “%3.n”.").arg(criterion.code, cp).arg(standard.number));
            }
            if (!r.failed() && fw.m_criterionIndex.contains(criterion.code)) {
                r.fail(tr("criterion code “%1” appears more than once.").arg(criterion.code));
            }
            const QJsonObject levels = r.object(co.value(QStringLiteral("levels")), Reader::join(cp, QStringLiteral("levels")),
                                                {"1", "2", "3", "4", "5", "6", "7", "8", "9"});
            if (!r.failed() && levels.isEmpty()) {
                r.fail(tr("criterion %1 has no indicators.").arg(criterion.code));
            }
            for (auto it = levels.begin(); it != levels.end() && !r.failed(); ++it) {
                const int level = it.key().toInt();
                if (level > fw.m_maxCriterionLevel) {
                    r.fail(tr("criterion %1 has indicators for Mức %2, but the framework's criteria go up to Mức %3.")
                               .arg(criterion.code, it.key())
                               .arg(fw.m_maxCriterionLevel));
                }
            }
            criterion.levels.resize(fw.m_maxCriterionLevel);
            for (int level = 1; level <= fw.m_maxCriterionLevel && !r.failed(); ++level) {
                const QString lp = Reader::join(Reader::join(cp, QStringLiteral("levels")), QString::number(level));
                const QJsonArray indicators = r.array(levels, QString::number(level), Reader::join(cp, QStringLiteral("levels")), false);
                QSet<QString> keys;
                for (qsizetype ii = 0; ii < indicators.size() && !r.failed(); ++ii) {
                    const QString ip = Reader::at(lp, ii);
                    const QJsonObject io = r.object(indicators.at(ii), ip, {"label", "text", "repealed_by", "repealed_provision"});
                    Indicator indicator;
                    indicator.position = static_cast<int>(ii) + 1;
                    indicator.label = r.string(io, QStringLiteral("label"), ip, false);
                    indicator.text = r.string(io, QStringLiteral("text"), ip);
                    indicator.repealedBy = r.string(io, QStringLiteral("repealed_by"), ip, false);
                    indicator.repealedProvision = r.string(io, QStringLiteral("repealed_provision"), ip, false);
                    static const QRegularExpression labelPattern(QStringLiteral("^[a-zđ]{0,2}$"));
                    if (!r.failed() && !labelPattern.match(indicator.label).hasMatch()) {
                        r.fail(tr("the indicator label “%1” at “%2” must be one or two lowercase letters, or empty.")
                                   .arg(indicator.label, ip));
                    }
                    if (!r.failed() && keys.contains(indicator.key())) {
                        r.fail(tr("criterion %1 has two indicators “%2” at Mức %3.").arg(criterion.code, indicator.key()).arg(level));
                    }
                    if (!r.failed() && indicator.hasRepeal() && !amendmentIds.contains(indicator.repealedBy)) {
                        r.fail(tr("“%1” is repealed by “%2”, which is not listed under “amendments”.").arg(ip, indicator.repealedBy));
                    }
                    keys.insert(indicator.key());
                    criterion.levels[level - 1].append(indicator);
                }
            }
            fw.m_criterionIndex.insert(criterion.code, {static_cast<int>(si), static_cast<int>(ci)});
            standard.criteria.append(criterion);
        }
        fw.m_standards.append(standard);
    }
    if (r.failed()) {
        return Result<Framework>::failure(r.error());
    }

    if (root.contains(QStringLiteral("extra_requirements"))) {
        const QString xp = QStringLiteral("extra_requirements");
        const QJsonObject xo = r.object(root.value(xp), xp,
                                        {"level", "title", "article", "intro", "intro_en", "verified", "note", "source",
                                         "requirements"});
        ExtraRequirements &x = fw.m_extraRequirements;
        x.level = r.integer(xo, QStringLiteral("level"), xp, 1, 9);
        x.title = r.string(xo, QStringLiteral("title"), xp);
        x.article = r.string(xo, QStringLiteral("article"), xp, false);
        x.intro = r.string(xo, QStringLiteral("intro"), xp, false);
        x.note = r.string(xo, QStringLiteral("note"), xp, false);
        x.source = r.string(xo, QStringLiteral("source"), xp, false);
        x.verified = r.boolean(xo, QStringLiteral("verified"), xp);
        const QJsonArray reqs = r.array(xo, QStringLiteral("requirements"), xp);
        for (qsizetype i = 0; i < reqs.size() && !r.failed(); ++i) {
            const QString p = Reader::at(Reader::join(xp, QStringLiteral("requirements")), i);
            const QJsonObject ro = r.object(reqs.at(i), p, {"number", "text", "text_en"});
            ExtraRequirement req{r.integer(ro, QStringLiteral("number"), p, 1, 99), r.string(ro, QStringLiteral("text"), p),
                                 r.string(ro, QStringLiteral("text_en"), p, false)};
            if (!r.failed() && x.contains(req.number)) {
                r.fail(tr("requirement %1 of “%2” appears more than once.").arg(req.number).arg(xp));
            }
            x.requirements.append(req);
        }
        if (!r.failed() && x.requirements.isEmpty()) {
            r.fail(tr("“extra_requirements” lists no requirements; leave the field out instead."));
        }
    }

    const QJsonObject rules = r.object(root.value(QStringLiteral("rules")), QStringLiteral("rules"),
                                         {"article", "verbatim", "verbatim_en", "summary", "standard_level", "school_levels"});
    fw.m_ruleText.article = r.string(rules, QStringLiteral("article"), QStringLiteral("rules"), false);
    fw.m_ruleText.verbatim = r.string(rules, QStringLiteral("verbatim"), QStringLiteral("rules"), false);
    fw.m_ruleText.verbatimEn = r.string(rules, QStringLiteral("verbatim_en"), QStringLiteral("rules"), false);
    fw.m_ruleText.summary = r.strings(rules, QStringLiteral("summary"), QStringLiteral("rules"));
    const QString standardRule = r.string(rules, QStringLiteral("standard_level"), QStringLiteral("rules"));
    if (!r.failed() && standardRule != QStringLiteral("all_criteria_reach")) {
        r.fail(tr("“rules.standard_level” must be “all_criteria_reach”, the only rule this version knows."));
    }
    const QJsonArray levelRules = r.array(rules, QStringLiteral("school_levels"), QStringLiteral("rules"));
    if (!r.failed() && levelRules.isEmpty()) {
        r.fail(tr("“rules.school_levels” is empty: the framework must say how a school reaches each level."));
    }
    for (qsizetype li = 0; li < levelRules.size() && !r.failed(); ++li) {
        const QString lp = Reader::at(QStringLiteral("rules.school_levels"), li);
        const QJsonObject lo = r.object(levelRules.at(li), lp, {"level", "all_of"});
        SchoolLevelRule rule;
        rule.level = r.integer(lo, QStringLiteral("level"), lp, 1, 9);
        if (!r.failed() && rule.level != li + 1) {
            r.fail(tr("school levels in “rules.school_levels” must be numbered 1, 2, 3… in order; found %1 at position %2.")
                       .arg(rule.level)
                       .arg(li + 1));
        }
        const QJsonArray conditions = r.array(lo, QStringLiteral("all_of"), lp);
        if (!r.failed() && conditions.isEmpty()) {
            r.fail(tr("school level %1 has no conditions.").arg(rule.level));
        }
        for (qsizetype ci = 0; ci < conditions.size() && !r.failed(); ++ci) {
            const QString cp = Reader::at(Reader::join(lp, QStringLiteral("all_of")), ci);
            const QJsonObject co = r.object(conditions.at(ci), cp, {"criteria", "reach", "at_least", "extra_requirements"});
            RuleCondition condition;
            if (co.contains(QStringLiteral("extra_requirements"))) {
                condition.kind = RuleCondition::Kind::ExtraRequirements;
                if (co.value(QStringLiteral("extra_requirements")).toString() != QStringLiteral("all")) {
                    r.fail(tr("“%1.extra_requirements” must be “all”.").arg(cp));
                } else if (fw.m_extraRequirements.isEmpty()) {
                    r.fail(tr("school level %1 needs the extra requirements, but the framework has none.").arg(rule.level));
                } else if (fw.m_extraRequirements.level != rule.level) {
                    r.fail(tr("the extra requirements are for Mức %1, but the rule of school level %2 uses them.")
                               .arg(fw.m_extraRequirements.level)
                               .arg(rule.level));
                }
                rule.conditions.append(condition);
                continue;
            }
            const QJsonValue set = co.value(QStringLiteral("criteria"));
            if (set.isString()) {
                const QString name = set.toString();
                if (name == QStringLiteral("all")) {
                    condition.set.kind = CriterionSet::Kind::All;
                } else if (name == QStringLiteral("mandatory")) {
                    condition.set.kind = CriterionSet::Kind::Mandatory;
                } else if (name == QStringLiteral("optional")) {
                    condition.set.kind = CriterionSet::Kind::Optional;
                } else {
                    r.fail(tr("“%1.criteria” must be “all”, “mandatory”, “optional” or a list of criterion codes.").arg(cp));
                }
            } else if (set.isArray()) {
                condition.set.kind = CriterionSet::Kind::Listed;
                const QJsonArray codes = set.toArray();
                for (const QJsonValue &code : codes) {
                    if (!fw.m_criterionIndex.contains(code.toString())) {
                        r.fail(tr("the rule for school level %1 refers to criterion “%2”, which the framework does not have.")
                                   .arg(rule.level)
                                   .arg(code.isString() ? code.toString() : QStringLiteral("?")));
                        break;
                    }
                    condition.set.codes.append(code.toString());
                }
            } else {
                r.fail(tr("“%1” needs “criteria” or “extra_requirements”.").arg(cp));
            }
            condition.reach = r.integer(co, QStringLiteral("reach"), cp, 1, fw.m_maxCriterionLevel);
            const qsizetype setSize = fw.criteriaIn(condition.set).size();
            if (!r.failed() && setSize == 0) {
                r.fail(tr("the rule for school level %1 speaks of the “%2” criteria, but the framework has none.")
                           .arg(rule.level)
                           .arg(condition.set.name()));
            }
            if (co.contains(QStringLiteral("at_least"))) {
                condition.atLeast = r.integer(co, QStringLiteral("at_least"), cp, 1, 999);
                if (!r.failed() && *condition.atLeast > setSize) {
                    r.fail(tr("the rule for school level %1 asks for %2 criteria out of a set of only %3.")
                               .arg(rule.level)
                               .arg(*condition.atLeast)
                               .arg(setSize));
                }
            }
            rule.conditions.append(condition);
        }
        fw.m_schoolLevelRules.append(rule);
    }

    const QString np = QStringLiteral("national_standard");
    const QJsonObject ns = r.object(root.value(np), np, {"text", "mapping", "mapping_source", "verified"});
    fw.m_nationalStandard.text = r.string(ns, QStringLiteral("text"), np);
    fw.m_nationalStandard.mappingSource = r.string(ns, QStringLiteral("mapping_source"), np, false);
    fw.m_nationalStandard.verified = r.boolean(ns, QStringLiteral("verified"), np);
    const QJsonArray mapping = r.array(ns, QStringLiteral("mapping"), np, false);
    for (qsizetype i = 0; i < mapping.size() && !r.failed(); ++i) {
        const QString p = Reader::at(Reader::join(np, QStringLiteral("mapping")), i);
        const QJsonObject mo = r.object(mapping.at(i), p, {"min_school_level", "degree"});
        NationalStandardStep step{r.integer(mo, QStringLiteral("min_school_level"), p, 1, fw.maxSchoolLevel()),
                                  r.integer(mo, QStringLiteral("degree"), p, 1, 9)};
        fw.m_nationalStandard.mapping.append(step);
    }

    if (r.failed()) {
        return Result<Framework>::failure(r.error());
    }
    return fw;
}

} // namespace Minh::Core
