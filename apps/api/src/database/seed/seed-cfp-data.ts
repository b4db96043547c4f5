import type { SubmissionStatus } from '@summitdesk/contracts';

// The Xen Summit North America program committee as announced in the community newsletter.
export const committeeMembers: Array<{ email: string; role: 'chair' | 'reviewer'; tracks: string[] }> = [
  { email: 'anil@summitdesk.test', role: 'chair', tracks: [] },
  { email: 'boris@summitdesk.test', role: 'reviewer', tracks: ['Cloud and management'] },
  { email: 'dan@summitdesk.test', role: 'reviewer', tracks: ['Core hypervisor'] },
  { email: 'jose@summitdesk.test', role: 'reviewer', tracks: ['Storage and networking'] },
  { email: 'hitoshi@summitdesk.test', role: 'reviewer', tracks: ['Core hypervisor'] },
  { email: 'pasi@summitdesk.test', role: 'reviewer', tracks: ['Cloud and management'] },
  { email: 'sangbum@summitdesk.test', role: 'reviewer', tracks: ['Security'] },
  { email: 'patrick@summitdesk.test', role: 'reviewer', tracks: ['Security'] },
  { email: 'justin@summitdesk.test', role: 'reviewer', tracks: [] },
  { email: 'tim@summitdesk.test', role: 'reviewer', tracks: ['Core hypervisor'] },
];

export const tracks = ['Core hypervisor', 'Security', 'Storage and networking', 'Cloud and management'];
// Issue 14: the call's topics beside its tracks, and the topics each demo talk's speaker tagged.
export const topics = ['Hypervisor internals', 'ARM', 'Storage', 'Networking', 'Security', 'Cloud management', 'Performance', 'Community'];
export const talkTopics: Record<string, string[]> = {
  'PV-ops dom0 in upstream Linux': ['Hypervisor internals', 'Community'],
  'Blktap2 and the storage stack': ['Storage', 'Performance'],
  'Transcendent memory in practice': ['Hypervisor internals', 'Performance'],
  'Xen on ARM: bringing the hypervisor to phones': ['ARM', 'Hypervisor internals'],
  'Remus: high availability by asynchronous replication': ['Storage', 'Networking', 'Cloud management'],
  'Xen in Indonesian university labs': ['Community', 'Cloud management'],
  'Debugging dom0 kernels with serial consoles': ['Hypervisor internals'],
  'PCI passthrough and the IOMMU': ['Security', 'Hypervisor internals'],
  'The Korean Xen community': ['Community', 'ARM'],
  'Netchannel2 performance': ['Networking', 'Performance'],
  'XCP storage manager internals': ['Storage', 'Cloud management'],
  'Xen 4.1 release roadmap': ['Community'],
};

export const formats = [
  { name: 'talk', minutes: 30 },
  { name: 'keynote', minutes: 45 },
  { name: 'BoF', minutes: 60 },
  { name: 'lightning', minutes: 5 },
];

export type DemoSubmission = {
  title: string;
  speaker: string;
  coSpeaker?: string;
  track: string;
  format: string;
  level: 'beginner' | 'intermediate' | 'advanced';
  status: SubmissionStatus;
  abstract: string;
  // reviewer e-mail → [score, confidence, comment to speakers]
  reviews?: Array<[string, number, number, string]>;
  // Assigned reviewers who have not reviewed yet.
  pending?: string[];
};

export const demoSubmissions: DemoSubmission[] = [
  {
    title: 'PV-ops dom0 in upstream Linux',
    speaker: 'konrad@summitdesk.test',
    track: 'Core hypervisor',
    format: 'talk',
    level: 'advanced',
    status: 'confirmed',
    abstract:
      'Where the **pvops** dom0 patches stand, what is left before they are merged upstream, and how distributions can help test them.',
    reviews: [
      ['tim@summitdesk.test', 2, 3, 'The talk everyone will want to see.'],
      ['hitoshi@summitdesk.test', 2, 2, 'Please include a status table.'],
    ],
  },
  {
    title: 'Blktap2 and the storage stack',
    speaker: 'daniel@summitdesk.test',
    track: 'Storage and networking',
    format: 'talk',
    level: 'intermediate',
    status: 'accepted',
    abstract: 'Why *blktap2* replaced blktap, how VHD chains are handled, and the numbers.',
    reviews: [
      ['jose@summitdesk.test', 1, 3, 'Good depth; trim the history part.'],
      ['boris@summitdesk.test', 2, 2, 'Very relevant for XCP users.'],
    ],
  },
  {
    title: 'Transcendent memory in practice',
    speaker: 'konrad@summitdesk.test',
    track: 'Core hypervisor',
    format: 'talk',
    level: 'advanced',
    status: 'in_review',
    abstract: 'Running tmem with real workloads: cleancache, frontswap and what they save.',
    reviews: [['hitoshi@summitdesk.test', 1, 2, 'Numbers from production would help.']],
    pending: ['tim@summitdesk.test'],
  },
  {
    title: 'Xen on ARM: bringing the hypervisor to phones',
    speaker: 'heechul@summitdesk.test',
    track: 'Core hypervisor',
    format: 'talk',
    level: 'intermediate',
    status: 'in_review',
    abstract: 'The Secure Xen on ARM work: para-virtualising Linux on Cortex-A9 boards.',
    reviews: [
      ['tim@summitdesk.test', 1, 2, 'Exciting; show a demo if you can.'],
      ['dan@summitdesk.test', 0, 1, 'Overlaps with last year.'],
    ],
  },
  {
    title: 'Remus: high availability by asynchronous replication',
    speaker: 'fajar@summitdesk.test',
    track: 'Storage and networking',
    format: 'talk',
    level: 'intermediate',
    status: 'in_review',
    abstract: 'Checkpointing a running VM forty times a second, and what it costs.',
    pending: ['jose@summitdesk.test', 'boris@summitdesk.test'],
  },
  {
    title: 'Xen in Indonesian university labs',
    speaker: 'fajar@summitdesk.test',
    track: 'Cloud and management',
    format: 'lightning',
    level: 'beginner',
    status: 'in_review',
    abstract: 'Three campuses, old hardware and Xen: a five-minute report.',
    reviews: [['pasi@summitdesk.test', 1, 2, 'A nice community story.']],
    pending: ['justin@summitdesk.test'],
  },
  {
    title: 'Debugging dom0 kernels with serial consoles',
    speaker: 'pasi@summitdesk.test',
    track: 'Core hypervisor',
    format: 'BoF',
    level: 'beginner',
    status: 'submitted',
    abstract: 'Bring your crashing dom0: we debug them together over serial and `xm dmesg`.',
  },
  {
    title: 'PCI passthrough and the IOMMU',
    speaker: 'konrad@summitdesk.test',
    coSpeaker: 'heechul@summitdesk.test',
    track: 'Security',
    format: 'talk',
    level: 'advanced',
    status: 'submitted',
    abstract: 'VT-d and AMD-Vi from the hypervisor side: interrupt remapping, and why it matters for security.',
  },
  {
    title: 'The Korean Xen community',
    speaker: 'heechul@summitdesk.test',
    track: 'Cloud and management',
    format: 'lightning',
    level: 'beginner',
    status: 'submitted',
    abstract: 'How a user group in Seoul grew to three hundred members.',
  },
  {
    title: 'Netchannel2 performance',
    speaker: 'daniel@summitdesk.test',
    track: 'Storage and networking',
    format: 'talk',
    level: 'advanced',
    status: 'withdrawn',
    abstract: 'Multi-queue, page flipping and copying: measured.',
  },
  {
    title: 'XCP storage manager internals',
    speaker: 'daniel@summitdesk.test',
    track: 'Cloud and management',
    format: 'talk',
    level: 'intermediate',
    status: 'draft',
    abstract: 'SR drivers, VDI lifecycle and how to write your own.',
  },
  {
    title: 'Xen 4.1 release roadmap',
    speaker: 'organizer@summitdesk.test',
    track: 'Core hypervisor',
    format: 'keynote',
    level: 'beginner',
    status: 'draft',
    abstract: 'What is in, what is late, and how to help.',
  },
];
