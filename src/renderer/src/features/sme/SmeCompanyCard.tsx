import { Badge, Group, List, Stack, Text, Title } from '@mantine/core'
import { CONTACT_WHO } from '../../../../shared/domain/contactReasons'
import { formatCompanyValue } from '../../../../shared/domains/sme/company'
import { companyFieldLabel } from '../../../../shared/domains/sme/labels'
import { SME_CARD_TEXT } from '../../../../shared/domains/sme/viewLabels'
import type { SmeDetail } from '../../../../shared/domains/sme/views'
import { ContactReveal } from '../../components/ContactReveal'
import { FieldGrid, type FieldItem } from '../../components/FieldGrid'
import { useDistricts } from '../reference/useDistricts'
import { BusinessNo } from './SmeBadges'

type Company = SmeDetail['record']['company']

/** A company field by its own label and format (criteria name fields as data, so both come from labels.ts). */
function field(company: Company, name: string): FieldItem {
  return { label: companyFieldLabel(name), value: formatCompanyValue(name, (company as Record<string, unknown>)[name]) }
}

function Certifications({ detail }: { detail: SmeDetail }) {
  if (detail.certifications.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {SME_CARD_TEXT.noCertifications}
      </Text>
    )
  }
  return (
    <List size="sm" spacing={4} data-testid="sme-certifications">
      {detail.certifications.map((cert) => (
        <List.Item key={`${cert.name}:${cert.valid_until}`} data-valid={cert.valid === null ? 'unknown' : String(cert.valid)}>
          <Group gap={6} wrap="nowrap">
            <Text size="sm" td={cert.valid === false ? 'line-through' : undefined}>
              {cert.name}
            </Text>
            <Text size="xs" c="dimmed">
              {SME_CARD_TEXT.validUntil(cert.valid_until)}
            </Text>
            <Badge size="xs" variant="light" color={cert.valid === null ? 'gray' : cert.valid ? 'teal' : 'red'}>
              {cert.valid === null ? SME_CARD_TEXT.certificationUnknown : cert.valid ? SME_CARD_TEXT.certificationValid : SME_CARD_TEXT.certificationExpired}
            </Badge>
          </Group>
        </List.Item>
      ))}
    </List>
  )
}

function Documents({ detail }: { detail: SmeDetail }) {
  return (
    <Group gap={6} data-testid="sme-documents">
      {detail.documents.map((doc) => (
        <Badge key={doc.kind} variant={doc.received ? 'light' : 'filled'} color={doc.received ? 'teal' : 'red'} data-received={doc.received}>
          {doc.label} · {doc.received ? SME_CARD_TEXT.documentReceived : SME_CARD_TEXT.documentMissing}
        </Badge>
      ))}
    </Group>
  )
}

/** The company as the application states it: identity, workforce and conditions, certifications, documents. */
export function SmeCompanyCard({ detail }: { detail: SmeDetail }) {
  const company = detail.record.company
  const districts = useDistricts()
  const district = districts.data?.find((d) => d.code === company.district_code)?.name ?? company.district_code
  const identity: FieldItem[] = [
    {
      label: companyFieldLabel('business_no'),
      value: <BusinessNo digits={company.business_no} valid={detail.business_no_valid} withValidBadge />
    },
    {
      label: SME_CARD_TEXT.ceoMasked,
      value: (
        <Group gap={8} wrap="nowrap">
          {company.ceo_name}
          <ContactReveal channel="sme:contact" recordId={detail.record.id} who={CONTACT_WHO.smeCeo(company.ceo_name)} />
        </Group>
      )
    },
    {
      label: SME_CARD_TEXT.industry,
      value: (
        <span data-testid="sme-card-industry">
          <Text span inherit ff="monospace">
            {company.industry_code}
          </Text>{' '}
          {company.industry_name ?? ''}
        </span>
      )
    },
    { label: SME_CARD_TEXT.district, value: <span data-testid="sme-card-district">{district}</span> },
    { ...field(company, 'address'), wide: true },
    field(company, 'headquarters_in_seoul'),
    field(company, 'sme_confirmed'),
    field(company, 'founded_on'),
    { label: SME_CARD_TEXT.yearsInBusiness, value: <span data-testid="sme-card-years">{SME_CARD_TEXT.years(detail.years_in_business)}</span> }
  ]
  const workforce: FieldItem[] = [
    field(company, 'employees'),
    field(company, 'insured_employees'),
    field(company, 'youth_employees'),
    field(company, 'regular_ratio'),
    field(company, 'living_wage_ratio'),
    field(company, 'avg_monthly_wage'),
    field(company, 'parental_leave_users'),
    { ...field(company, 'revenue'), value: <span data-testid="sme-card-revenue">{formatCompanyValue('revenue', company.revenue)}</span> },
    field(company, 'wage_arrears'),
    field(company, 'industrial_accident_deaths'),
    field(company, 'tax_delinquent'),
    { ...field(company, 'work_life_benefits'), wide: true }
  ]
  return (
    <Stack gap="md" data-testid="sme-company-card">
      <FieldGrid title={SME_CARD_TEXT.company} items={identity} />
      <FieldGrid title={SME_CARD_TEXT.workforce} items={workforce} />
      <section aria-label={SME_CARD_TEXT.certifications}>
        <Title order={5} mb={6} c="blue">
          {SME_CARD_TEXT.certifications}
        </Title>
        <Certifications detail={detail} />
      </section>
      <section aria-label={SME_CARD_TEXT.documents}>
        <Title order={5} mb={6} c="blue">
          {SME_CARD_TEXT.documents}
        </Title>
        <Documents detail={detail} />
      </section>
    </Stack>
  )
}
