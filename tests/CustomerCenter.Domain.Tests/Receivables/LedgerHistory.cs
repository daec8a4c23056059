using CustomerCenter.Domain.Receivables;
using FsCheck;
using FsCheck.Fluent;

namespace CustomerCenter.Domain.Tests.Receivables;

/// <summary>
/// Random but consistent customer histories for property tests: invoices, credit notes (some against an
/// invoice), payments spread over invoices with a remainder left unapplied, refunds out of credit, and bounced
/// cheques that take their applications back. Entries are written in random date order, as backdated
/// documents are in real life; every settlement is dated on or after its entries, and an application that is
/// taken back frees the invoice only from that date, so no item is ever settled beyond its amount.
/// </summary>
internal sealed record LedgerHistory(IReadOnlyList<LedgerEntry> Entries, IReadOnlyList<Settlement> Settlements, DateOnly From, DateOnly To)
{
    private static readonly DateOnly Day0 = new(2026, 1, 1);

    private enum Move
    {
        Invoice,
        CreditNote,
        Payment,
        Refund,
        Bounce,
    }

    public static Arbitrary<LedgerHistory> Arbitrary { get; } =
        (from events in Gen.ListOf(Events)
         from start in Gen.Choose(0, 200)
         from length in Gen.Choose(0, 120)
         select Build(events, start, start + length))
        .ToArbitrary();

    private static Gen<Event> Events =>
        from move in Gen.Frequency(
            (6, Gen.Constant(Move.Invoice)),
            (2, Gen.Constant(Move.CreditNote)),
            (5, Gen.Constant(Move.Payment)),
            (1, Gen.Constant(Move.Refund)),
            (1, Gen.Constant(Move.Bounce)))
        from day in Gen.Choose(0, 240)
        from cents in Gen.Choose(1, 500_000)
        from terms in Gen.Choose(0, 60)
        from pick in Gen.Choose(0, 1_000)
        from delay in Gen.Choose(0, 20)
        select new Event(move, day, cents, terms, pick, delay);

    public override string ToString() =>
        $"{From}..{To}: " + string.Join("; ", Entries.Select(e => $"#{e.Sequence} {e.Date} {e.Kind} {e.Amount.Minor} due {e.DueDate}"))
        + " | " + string.Join("; ", Settlements.Select(s => $"{s.DebitSequence}<-{s.CreditSequence} {s.Amount.Minor} on {s.Date}"));

    private static LedgerHistory Build(IReadOnlyList<Event> events, int from, int to)
    {
        var writer = new Writer();
        foreach (var e in events)
        {
            writer.Apply(e);
        }

        return new LedgerHistory(writer.Entries, writer.Settlements, Day0.AddDays(from), Day0.AddDays(to));
    }

    private sealed record Event(Move Move, int Day, int Cents, int Terms, int Pick, int Delay);

    private sealed class Item(LedgerEntry entry)
    {
        public LedgerEntry Entry { get; } = entry;

        /// <summary>What can still be applied to or from this entry, over all time.</summary>
        public long Remaining { get; set; } = Math.Abs(entry.Amount.Minor);

        /// <summary>New applications may not be dated before this (the item was freed again on that date).</summary>
        public DateOnly NotBefore { get; set; } = entry.Date;

        public bool Bounced { get; set; }

        public bool Refunded { get; set; }

        public List<Settlement> AppliedTo { get; } = [];
    }

    private sealed class Writer
    {
        private readonly List<Item> items = [];

        public List<LedgerEntry> Entries { get; } = [];

        public List<Settlement> Settlements { get; } = [];

        public void Apply(Event e)
        {
            var date = Day0.AddDays(e.Day);
            switch (e.Move)
            {
                case Move.Invoice:
                    Write(date, LedgerEntryKind.Invoice, e.Cents, date.AddDays(e.Terms));
                    break;
                case Move.CreditNote:
                    var note = Write(date, LedgerEntryKind.CreditNote, e.Cents, null);
                    if (e.Pick % 2 == 0 && Pick(Open(LedgerEntryKind.Invoice), e.Pick) is { } credited)
                    {
                        Settle(credited, note, Math.Min(note.Remaining, credited.Remaining), e.Delay);
                    }

                    break;
                case Move.Payment:
                    var payment = Write(date, LedgerEntryKind.Payment, e.Cents, null);
                    foreach (var invoice in Open(LedgerEntryKind.Invoice).Skip(e.Pick % 3).Take(1 + (e.Pick % 4)))
                    {
                        if (payment.Remaining > 0)
                        {
                            Settle(invoice, payment, Math.Min(payment.Remaining, invoice.Remaining), e.Delay);
                        }
                    }

                    break;
                case Move.Refund:
                    if (Pick(items.Where(i => i.Entry.Amount.IsNegative && i.Remaining > 0 && !i.Bounced).ToList(), e.Pick) is { } credit)
                    {
                        var refund = Write(date, LedgerEntryKind.Refund, 1 + (e.Cents % credit.Remaining), null);
                        credit.Refunded = true;
                        Settle(refund, credit, refund.Remaining, e.Delay);
                    }

                    break;
                case Move.Bounce:
                    if (Pick(items.Where(i => i.Entry.Kind == LedgerEntryKind.Payment && !i.Bounced && !i.Refunded).ToList(), e.Pick) is { } cheque)
                    {
                        Bounce(cheque, date, e.Pick % 2 == 0 ? LedgerEntryKind.ChequeBounce : LedgerEntryKind.PaymentReversal);
                    }

                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(e), e.Move, null);
            }
        }

        private void Bounce(Item cheque, DateOnly date, LedgerEntryKind kind)
        {
            var bounce = Write(date, kind, Math.Abs(cheque.Entry.Amount.Minor), null);
            var on = new[] { date, cheque.NotBefore }.Concat(cheque.AppliedTo.Select(s => s.Date)).Max();
            foreach (var group in cheque.AppliedTo.GroupBy(s => s.DebitSequence))
            {
                var invoice = items.Single(i => i.Entry.Sequence == group.Key);
                var amount = group.Sum(s => s.Amount.Minor);
                Settlements.Add(new Settlement(invoice.Entry.Sequence, cheque.Entry.Sequence, new Money(-amount, "EUR"), on));
                invoice.Remaining += amount;
                invoice.NotBefore = on > invoice.NotBefore ? on : invoice.NotBefore;
            }

            Settlements.Add(new Settlement(bounce.Entry.Sequence, cheque.Entry.Sequence, cheque.Entry.Amount.Abs(), on));
            bounce.Remaining = 0;
            cheque.Remaining = 0;
            cheque.Bounced = true;
        }

        private Item Write(DateOnly date, LedgerEntryKind kind, long cents, DateOnly? due)
        {
            var entry = LedgerEntry.Create(date, kind, $"{kind}-{Entries.Count + 1}", new Money(cents, "EUR"), due, Entries.Count + 1);
            Entries.Add(entry);
            var item = new Item(entry);
            items.Add(item);
            return item;
        }

        private void Settle(Item debit, Item credit, long cents, int delay)
        {
            if (cents <= 0)
            {
                return;
            }

            var on = new[] { debit.NotBefore, credit.NotBefore }.Max().AddDays(delay);
            var settlement = new Settlement(debit.Entry.Sequence, credit.Entry.Sequence, new Money(cents, "EUR"), on);
            Settlements.Add(settlement);
            debit.Remaining -= cents;
            credit.Remaining -= cents;
            credit.AppliedTo.Add(settlement);
        }

        private List<Item> Open(LedgerEntryKind kind) =>
            [.. items.Where(i => i.Entry.Kind == kind && i.Remaining > 0).OrderBy(i => i.Entry.AgingDate).ThenBy(i => i.Entry.Sequence)];

        private static Item? Pick(List<Item> candidates, int pick) => candidates.Count == 0 ? null : candidates[pick % candidates.Count];
    }
}
