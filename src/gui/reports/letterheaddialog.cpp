#include "gui/reports/letterheaddialog.h"

#include "core/searchkey.h"
#include "gui/editing/fieldmarker.h"
#include "gui/modal.h"
#include "gui/reports/reportwording.h"
#include "gui/widgets/foldedcompleter.h"
#include "gui/widgets/problemlabel.h"
#include "i18n/errormessages.h"
#include "logging/log.h"
#include "services/letterheadservice.h"

#include "ui_letterheaddialog.h"

#include <QCollator>
#include <QPushButton>
#include <QStandardItemModel>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace ed::gui {

namespace {

constexpr int kRowRole = Qt::UserRole + 1; // the agency's place in the issuers list
constexpr int kKeyRole = Qt::UserRole + 2; // its folded search key

/// "Như trên" from "- Như trên;": the dashes and semicolons are added when printing.
QStringList recipientList(const QString& text)
{
    QStringList recipients;
    for (const QString& line : text.split(u'\n')) {
        QString recipient = line.trimmed();
        if (recipient.startsWith(u'-'))
            recipient = recipient.mid(1).trimmed();
        while (recipient.endsWith(u';'))
            recipient.chop(1);
        recipient = recipient.trimmed();
        if (!recipient.isEmpty())
            recipients << recipient;
    }
    return recipients;
}

} // namespace

LetterheadDialog::LetterheadDialog(ReportKind kind,
                                   const Letterhead& letterhead,
                                   const QList<Agency>& issuers,
                                   QDate today,
                                   services::LetterheadService& service,
                                   QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::LetterheadDialog>()), m_kind(kind),
      m_issuers(issuers), m_service(service), m_issuerModel(new QStandardItemModel(this))
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Letterhead: %1").arg(ReportWording::name(kind)));
    m_filling = true;
    for (const DocumentLayout layout : {DocumentLayout::State, DocumentLayout::Party})
        m_ui->layoutComboBox->addItem(ReportWording::layoutName(layout), static_cast<int>(layout));
    for (const SigningFormula formula :
         {SigningFormula::None, SigningFormula::OnBehalf, SigningFormula::Deputy,
          SigningFormula::ByOrder, SigningFormula::Authorised, SigningFormula::Acting})
        m_ui->formulaComboBox->addItem(QString(), static_cast<int>(formula));
    fillIssuers();
    m_ui->dateEdit->setDate(today); // shown when the letterhead leaves the date blank
    m_filling = false;

    QPushButton* restore =
            m_ui->buttonBox->addButton(tr("Restore pr&oposed"), QDialogButtonBox::ResetRole);
    restore->setObjectName(u"restoreProposedButton"_s);
    restore->setToolTip(tr("Fill the form with the letterhead proposed from the plans and "
                           "agencies"));
    restore->setAutoDefault(false);
    connect(restore, &QPushButton::clicked, this, &LetterheadDialog::restoreProposed);

    QComboBox* issuer = m_ui->issuingBodyComboBox;
    connect(issuer, &QComboBox::currentIndexChanged, this, &LetterheadDialog::issuerChosen);
    connect(issuer, &QComboBox::activated, this, &LetterheadDialog::issuerChosen);
    connect(m_ui->layoutComboBox, &QComboBox::currentIndexChanged, this, [this] {
        updateFormulaNames();
        validate();
    });
    connect(m_ui->blankDateCheckBox, &QCheckBox::toggled, this, [this](bool blank) {
        m_ui->dateEdit->setEnabled(!blank);
        validate();
    });
    for (QLineEdit* edit :
         {issuer->lineEdit(), m_ui->parentBodyLineEdit, m_ui->numberLineEdit,
          m_ui->typeCodeLineEdit, m_ui->issuerCodeLineEdit, m_ui->placeLineEdit,
          m_ui->typeNameLineEdit, m_ui->authorityLineEdit, m_ui->signerTitleLineEdit,
          m_ui->signerNameLineEdit, m_ui->archiveLineEdit})
        connect(edit, &QLineEdit::textChanged, this, &LetterheadDialog::validate);
    connect(m_ui->dateEdit, &QDateEdit::dateChanged, this, &LetterheadDialog::validate);
    connect(m_ui->formulaComboBox, &QComboBox::currentIndexChanged, this,
            &LetterheadDialog::validate);
    connect(m_ui->titlePlainTextEdit, &QPlainTextEdit::textChanged, this,
            &LetterheadDialog::validate);
    connect(m_ui->recipientsPlainTextEdit, &QPlainTextEdit::textChanged, this,
            &LetterheadDialog::validate);

    setLetterhead(letterhead);
    resize(width(), minimumSizeHint().height());
}

LetterheadDialog::~LetterheadDialog() = default;

void LetterheadDialog::fillIssuers()
{
    QList<int> order(m_issuers.size());
    std::iota(order.begin(), order.end(), 0);
    QCollator collator(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
    std::ranges::stable_sort(order, [&](int a, int b) {
        return collator.compare(m_issuers.at(a).name, m_issuers.at(b).name) < 0;
    });
    for (const int row : order) {
        const Agency& agency = m_issuers.at(row);
        auto* item = new QStandardItem(agency.name);
        item->setData(row, kRowRole);
        item->setData(searchKey(agency.name + u' ' + agency.abbreviation), kKeyRole);
        m_issuerModel->appendRow(item);
    }
    QComboBox* combo = m_ui->issuingBodyComboBox;
    combo->setModel(m_issuerModel);
    combo->setCompleter(new FoldedCompleter(m_issuerModel, kKeyRole, combo));
    combo->lineEdit()->setPlaceholderText(tr("Choose an agency or write the name in capitals"));
}

Letterhead LetterheadDialog::letterhead() const
{
    Letterhead l;
    l.layout = static_cast<DocumentLayout>(m_ui->layoutComboBox->currentData().toInt());
    l.parentBody = m_ui->parentBodyLineEdit->text().trimmed();
    l.issuingBody = m_ui->issuingBodyComboBox->currentText().trimmed();
    l.number = m_ui->numberLineEdit->text().trimmed();
    l.typeCode = m_ui->typeCodeLineEdit->text().trimmed();
    l.issuerCode = m_ui->issuerCodeLineEdit->text().trimmed();
    l.place = m_ui->placeLineEdit->text().trimmed();
    if (!m_ui->blankDateCheckBox->isChecked())
        l.date = m_ui->dateEdit->date();
    l.typeName = m_ui->typeNameLineEdit->text().trimmed();
    l.title = m_ui->titlePlainTextEdit->toPlainText().trimmed();
    l.formula = static_cast<SigningFormula>(m_ui->formulaComboBox->currentData().toInt());
    l.authority = m_ui->authorityLineEdit->text().trimmed();
    l.signerTitle = m_ui->signerTitleLineEdit->text().trimmed();
    l.signerName = m_ui->signerNameLineEdit->text().trimmed();
    l.recipients = recipientList(m_ui->recipientsPlainTextEdit->toPlainText());
    l.archive = m_ui->archiveLineEdit->text().trimmed();
    return l;
}

void LetterheadDialog::setLetterhead(const Letterhead& l)
{
    m_filling = true;
    m_ui->layoutComboBox->setCurrentIndex(
            m_ui->layoutComboBox->findData(static_cast<int>(l.layout)));
    m_ui->issuingBodyComboBox->setCurrentIndex(-1);
    m_ui->issuingBodyComboBox->setEditText(l.issuingBody);
    m_ui->parentBodyLineEdit->setText(l.parentBody);
    m_ui->numberLineEdit->setText(l.number);
    m_ui->typeCodeLineEdit->setText(l.typeCode);
    m_ui->issuerCodeLineEdit->setText(l.issuerCode);
    m_ui->placeLineEdit->setText(l.place);
    // A blank date keeps the day shown before, for when the box is unticked again.
    if (l.date && l.date->isValid())
        m_ui->dateEdit->setDate(*l.date);
    m_ui->blankDateCheckBox->setChecked(!l.date.has_value());
    m_ui->dateEdit->setEnabled(l.date.has_value());
    m_ui->typeNameLineEdit->setText(l.typeName);
    m_ui->titlePlainTextEdit->setPlainText(l.title);
    m_ui->formulaComboBox->setCurrentIndex(
            std::max(0, m_ui->formulaComboBox->findData(static_cast<int>(l.formula))));
    m_ui->authorityLineEdit->setText(l.authority);
    m_ui->signerTitleLineEdit->setText(l.signerTitle);
    m_ui->signerNameLineEdit->setText(l.signerName);
    m_ui->recipientsPlainTextEdit->setPlainText(l.recipients.join(u'\n'));
    m_ui->archiveLineEdit->setText(l.archive);
    m_filling = false;
    updateFormulaNames();
    validate();
}

void LetterheadDialog::issuerChosen(int row)
{
    if (m_filling || row < 0)
        return;
    const int index = m_ui->issuingBodyComboBox->itemData(row, kRowRole).toInt();
    if (index < 0 || index >= m_issuers.size())
        return;
    const Agency& agency = m_issuers.at(index);
    const auto parent = std::ranges::find(m_issuers, agency.parent, &Agency::id);
    m_filling = true;
    m_ui->issuingBodyComboBox->setEditText(agency.name.toUpper());
    m_ui->parentBodyLineEdit->setText(agency.parent.isValid() && parent != m_issuers.end()
                                              ? parent->name.toUpper()
                                              : QString());
    m_ui->layoutComboBox->setCurrentIndex(
            m_ui->layoutComboBox->findData(static_cast<int>(layoutForAgency(agency.kind))));
    m_filling = false;
    updateFormulaNames();
    validate();
}

void LetterheadDialog::updateFormulaNames()
{
    const auto layout = static_cast<DocumentLayout>(m_ui->layoutComboBox->currentData().toInt());
    QComboBox* combo = m_ui->formulaComboBox;
    for (int row = 0; row < combo->count(); ++row)
        combo->setItemText(
                row, ReportWording::formulaName(
                             layout, static_cast<SigningFormula>(combo->itemData(row).toInt())));
}

void LetterheadDialog::validate()
{
    if (m_filling)
        return;
    const Letterhead l = letterhead();
    m_ui->previewLabel->setText(numberLine(l) + u'\n' + placeDateLine(l));
    showProblems(checkLetterhead(l));
}

void LetterheadDialog::showProblems(const QList<FieldProblem>& problems)
{
    struct Field
    {
        QString name;
        QWidget* field;
        ProblemLabel* label;
    };
    const Field fields[] = {
            {u"issuingBody"_s, m_ui->issuingBodyComboBox, m_ui->issuingBodyProblemLabel},
            {u"number"_s, m_ui->numberLineEdit, m_ui->numberProblemLabel},
            {u"typeCode"_s, m_ui->typeCodeLineEdit, m_ui->typeCodeProblemLabel},
            {u"issuerCode"_s, m_ui->issuerCodeLineEdit, m_ui->issuerCodeProblemLabel},
            {u"date"_s, m_ui->dateEdit, m_ui->dateProblemLabel},
            {u"typeName"_s, m_ui->typeNameLineEdit, m_ui->typeNameProblemLabel},
            {u"authority"_s, m_ui->authorityLineEdit, m_ui->authorityProblemLabel},
            {u"signerTitle"_s, m_ui->signerTitleLineEdit, m_ui->signerTitleProblemLabel},
    };
    for (const Field& f : fields) {
        QStringList messages = problemMessages(problems, f.name);
        const bool badNumber = std::ranges::any_of(problems, [&](const FieldProblem& p) {
            return p.field == f.name && f.name == u"number" && p.problem == Problem::OutOfRange;
        });
        if (badNumber)
            messages = {tr("Digits only, as 15; or leave it blank for the clerk's pen.")};
        f.label->setMessages(messages);
        markField(f.field, !messages.isEmpty(), messages.join(u' '));
    }
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
}

void LetterheadDialog::accept()
{
    if (!m_ui->buttonBox->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    const Status saved = m_service.remember(m_kind, letterhead());
    if (!saved.ok()) {
        const Error& error = saved.error();
        if (error.code == ErrorCode::InvalidInput && !m_service.problems().isEmpty()) {
            showProblems(m_service.problems());
            return;
        }
        log::gui()->error("remember letterhead failed: code {} ({})", static_cast<int>(error.code),
                          error.detail);
        modal::tell(this, QMessageBox::Warning, tr("Save letterhead"), i18n::errorMessage(error));
        return;
    }
    QDialog::accept();
}

void LetterheadDialog::restoreProposed()
{
    const auto proposed = m_service.proposed(m_kind);
    if (!proposed.ok()) {
        log::gui()->error("propose letterhead failed: code {} ({})",
                          static_cast<int>(proposed.error().code), proposed.error().detail);
        modal::tell(this, QMessageBox::Warning, tr("Restore proposed"),
                    i18n::errorMessage(proposed.error()));
        return;
    }
    setLetterhead(proposed.value());
}

} // namespace ed::gui
