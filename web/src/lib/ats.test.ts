import { describe, expect, it } from 'vitest';

import { locateField } from '@/components/document-editor';
import { buildAtsReport, buildResumeDocument } from '@/testing/fixtures';

import { documentPath, fieldLabel, formatFieldValue, whereLabel, workOutScore } from './ats';

describe('ATS report paths in words', () => {
  it('names fields and entries as the user knows them', () => {
    expect(fieldLabel('contact.email')).toBe('Email');
    expect(fieldLabel('experience[0].company')).toBe('Job 1 · Employer');
    expect(fieldLabel('experience[2].title')).toBe('Job 3 · Job title');
    expect(fieldLabel('experience[0].startDate')).toBe('Job 1 · Start date');
    expect(fieldLabel('education[1].school')).toBe('Education 2 · School');
    expect(fieldLabel('education[0].degree')).toBe('Education 1 · Degree');
    expect(fieldLabel('skills[3]')).toBe('Skill 4');
    expect(fieldLabel('projects[0].name')).toBe('Project 1 · Name');
    expect(fieldLabel('volunteer[0].organization')).toBe('Volunteer role 1 · Organization');
    expect(whereLabel('experience[1]')).toBe('Job 2');
    expect(whereLabel('page header')).toBe('Page header');
    expect(whereLabel('section "Interests"')).toBe('Section "Interests"');
  });

  it('shows dates as the resume does', () => {
    expect(formatFieldValue('experience[0].startDate', '2019-06')).toBe('Jun 2019');
    expect(formatFieldValue('experience[0].endDate', 'present')).toBe('Present');
    expect(formatFieldValue('experience[0].endDate', '2019')).toBe('2019');
    expect(formatFieldValue('experience[0].company', '2019-06')).toBe('2019-06');
  });

  it("turns the report's skill count across groups into the document's group and item", () => {
    const doc = buildResumeDocument(); // [Go, PostgreSQL], [Python]
    expect(documentPath('skills[0]', doc)).toBe('skills[0].items[0]');
    expect(documentPath('skills[2]', doc)).toBe('skills[1].items[0]');
    expect(documentPath('skills[3]', doc)).toBeNull();
    expect(documentPath('experience[1].company', doc)).toBe('experience[1].company');
  });

  it('finds the editor control of a path, and none for an entry the document does not have', () => {
    const doc = buildResumeDocument();
    expect(locateField(doc, 'p', 'contact.email')).toEqual({ where: 'Contact · Email', target: 'p-contact-email' });
    expect(locateField(doc, 'p', 'experience[1].company')?.where).toBe('Experience 2 · Company');
    expect(locateField(doc, 'p', 'experience[1]')?.where).toBe('Experience 2 · Job title');
    expect(locateField(doc, 'p', 'experience[0].endDate')?.target).toMatch(/-current$/); // runs on: its "Present" box
    expect(locateField(doc, 'p', 'skills[1].items[0]')?.where).toBe('Skill group 2 · Skills');
    expect(locateField(doc, 'p', 'experience[5].company')).toBeNull();
    expect(locateField(doc, 'p', 'page 2')).toBeNull();
  });
});

describe('The score worked out', () => {
  it('counts each kind of finding once, by severity, from the share of fields read', () => {
    const working = workOutScore(buildAtsReport());
    expect(working).toEqual({
      read: 75,
      steps: [
        { severity: 'blocker', kinds: 1, points: 20 },
        { severity: 'warning', kinds: 2, points: 14 },
        { severity: 'tip', kinds: 1, points: 2 },
      ],
      total: 39,
      matches: true,
    });
    // Two findings of one code are one kind.
    const twice = buildAtsReport();
    twice.findings = [...twice.findings, { ...twice.findings[2]!, message: 'Again.' }];
    expect(workOutScore(twice).steps[1]!.kinds).toBe(2);
  });

  it('keeps the sum within 0–100, reads a document without fields as fully read, and says when the server counts otherwise', () => {
    const blockers = ['multiple_columns', 'image_only_page', 'contact_in_header', 'unreadable_characters', 'experience_not_found', 'file_too_large'];
    const bad = buildAtsReport({
      score: 0,
      findings: blockers.map((code) => ({ code, severity: 'blocker' as const, message: '', where: 'file', fix: '' })),
    });
    expect(workOutScore(bad)).toMatchObject({ total: 0, matches: true });
    expect(workOutScore(buildAtsReport({ fields: [], fieldsOk: 0, fieldsTotal: 0, findings: [], score: 100 }))).toMatchObject({
      read: 100,
      total: 100,
      matches: true,
    });
    expect(workOutScore(buildAtsReport({ score: 41 })).matches).toBe(false);
  });
});
