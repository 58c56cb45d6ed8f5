/**
 * What a category of ticket sounds like. Subjects and problems share `{slots}`, and a slot keeps
 * its value for the whole ticket, so "Receipt printer stopped printing" is followed by a
 * description about the same receipt printer. Wording is deliberately varied: full-text search
 * should have real words to find and to miss.
 */
export interface CategoryVocabulary {
  name: string;
  /** Share of all tickets, relative to the other categories. */
  weight: number;
  subjects: readonly string[];
  /** The heart of the customer's first message, in their words. */
  problems: readonly string[];
  tags: readonly string[];
  /** The agent's first answer: an acknowledgement, a question or a first fix. */
  firstReplies: readonly string[];
  /** The agent's closing message when the issue is solved. */
  resolutions: readonly string[];
}

export const categories: readonly CategoryVocabulary[] = [
  {
    name: 'Technical issue',
    weight: 15,
    subjects: [
      '{device} not connecting',
      '{device} keeps disconnecting',
      '{device} stopped working {since}',
      'Error {errorCode} on the {device}',
      'Terminal frozen on the update screen',
      'Offline mode not syncing sales',
      'Payments stuck at "processing"',
      'Slow checkout at peak hours',
      '{device} shows "{errorCode}"',
      'Bluetooth pairing fails with the {device}',
      'Wi-Fi drops on the {device}',
    ],
    problems: [
      'Our {device} has not been connecting {since}. We restarted it twice and it still shows {errorCode}.',
      'The {device} disconnects every few minutes, which means cashiers have to re-pair it in the middle of a sale.',
      'Since the update to version {version} the {device} freezes when we take a card payment.',
      'Sales made in offline mode yesterday never synced; the end-of-day report is missing about {count} transactions.',
      'Card payments sit on "processing" for a minute or more and sometimes time out with {errorCode}.',
      'At lunchtime the checkout screen becomes very slow, up to ten seconds per item scanned.',
      'The {device} will not pair over Bluetooth with our tablet ({platform}). It worked fine until {weekday}.',
      'Our {device} keeps losing the Wi-Fi connection even though every other device in the shop is fine.',
    ],
    tags: ['connectivity', 'hardware', 'outage', 'bluetooth', 'wifi', 'payments', 'offline-mode', 'firmware'],
    firstReplies: [
      "Sorry about the trouble with the {device}. Could you try a full power cycle (unplug for 30 seconds) and tell me whether the light turns solid green afterwards?",
      "Thanks for the details. {errorCode} usually means the device lost its pairing. Please open Settings → Devices, remove the {device} and pair it again; I'll stay on this ticket.",
      "I've checked our status page and there's no wider outage, so let's look at your setup. Which firmware version does the {device} show under Settings → About?",
      "That's not the experience we want for you at peak hours. I've pulled the logs for your account and I'm going through them now; could you tell me roughly when it last happened?",
    ],
    resolutions: [
      'The firmware update we pushed fixed the connection drops. The {device} should stay paired from now on.',
      "Your offline sales have been re-synced and now appear in the end-of-day report. Sorry for the scare.",
      "Glad the re-pairing worked. If the {device} drops again, send us the time it happened and we'll dig into the logs.",
    ],
  },
  {
    name: 'Billing',
    weight: 15,
    subjects: [
      'Charged twice this month',
      'Invoice {invoiceNumber} looks wrong',
      'Question about my {plan} plan charges',
      'Refund request for {amount}',
      'Update payment method',
      'VAT missing from invoice',
      'Cancel subscription',
      'Downgrade from {plan}',
      'Unexpected charge of {amount}',
      'Card declined when renewing',
      'Need a copy of invoice {invoiceNumber}',
    ],
    problems: [
      'We were charged {amount} twice on our {paymentMethod} this month. Can you refund the duplicate?',
      'Invoice {invoiceNumber} lists {quantity} seats, but we only have {count} staff accounts active.',
      "I'd like to understand the charges on the {plan} plan; the amount went up by {percent}% without notice.",
      'Our renewal failed because the card was declined. We have a new {paymentMethod} to use instead.',
      'Our invoices are missing our VAT number, so our accountant cannot reclaim the tax.',
      'We would like to cancel the subscription at the end of the billing period and keep access to our reports.',
      "There's an unexpected charge of {amount} on our statement and I can't match it to any invoice.",
      'Could you resend invoice {invoiceNumber}? I need to pass it on to {colleague} for the books.',
    ],
    tags: ['invoice', 'refund', 'vat', 'payment-failed', 'cancellation', 'upgrade', 'downgrade', 'pricing'],
    firstReplies: [
      "Thanks for flagging this. I can see the charges on your account and I'm checking with our billing team now.",
      "Sorry about the confusion. Could you send the last four digits of the card that was charged, so I can match the payments?",
      "I've attached a fresh copy of the invoice. If anything on it looks off, let me know which line and I'll correct it.",
      "Happy to help with the plan. Before I change anything: would you like the switch to take effect now or at the next renewal?",
    ],
    resolutions: [
      'The duplicate charge of {amount} has been refunded; it should reach your statement within 5–10 business days.',
      'Your VAT number is now on the account, and I have re-issued invoice {invoiceNumber} with it.',
      "The plan change is done and you'll see the prorated amount on the next invoice.",
    ],
  },
  {
    name: 'Account',
    weight: 13,
    subjects: [
      "Can't log in",
      'Password reset email never arrives',
      'Locked out after too many attempts',
      'Add a new staff member',
      'Change the account owner',
      'Two-factor code not accepted',
      'Remove a former employee',
      'Change our business email address',
      'Merge two accounts',
      'Delete our account and data',
    ],
    problems: [
      "I can't log in to the back office; it says my password is wrong even after resetting it.",
      "The password reset email never arrives. I've checked spam and waited over an hour.",
      "We're locked out after too many attempts and the store opens in an hour.",
      "I need to give {colleague} access as a {staffRole}, but the invite button is greyed out.",
      'The account owner left the company. How do we transfer ownership to me?',
      'The two-factor code from my authenticator app is rejected every time.',
      'A former {staffRole} still has access; please help us remove them straight away.',
      'We changed our business email address and want all notifications to go to the new one.',
    ],
    tags: ['login', 'password-reset', '2fa', 'permissions', 'staff', 'gdpr', 'account-owner'],
    firstReplies: [
      "I'm sorry you're locked out. For security, could you confirm the email address on the account and the last four digits of the card on file?",
      "I've sent a new reset link from our side. It's valid for 30 minutes; let me know if it doesn't arrive.",
      "Staff invites are limited by the plan's seat count, and you're at the limit. I can add a seat for you, or you can remove an inactive user first.",
      "To transfer ownership we need a short confirmation from the current owner's email address, or proof of your role at the business. Which is easier for you?",
    ],
    resolutions: [
      "You should be able to sign in now. I'd recommend turning on two-factor authentication while you're there.",
      "The former employee's access has been revoked and their sessions signed out.",
      'Ownership has been transferred; the previous owner now has a regular staff account.',
    ],
  },
  {
    name: 'How-to',
    weight: 14,
    subjects: [
      'How do I export the {reportName}?',
      'Setting up tax rates for a second location',
      'How to create a discount for regulars',
      'Bulk importing products',
      'Set up tipping on the {device}',
      'Schedule the {reportName} by email',
      'How do staff permissions work?',
      'Print a custom logo on receipts',
      'Set up gift cards',
      'Close the register at end of day',
    ],
    problems: [
      'Where do I export the {reportName} as {fileFormat}? I send it to {colleague} every month.',
      "We're opening a second location and I'm not sure how to set different tax rates there.",
      'I want to give regular customers {percent}% off automatically. Is that possible?',
      'We have about {quantity}00 products in a spreadsheet. Is there a way to import them all at once?',
      'How do we turn on tipping on the {device}, with a few preset percentages?',
      'Can the {reportName} be emailed to me automatically every {weekday}?',
      "What's the difference between the manager and {staffRole} permissions? I don't want cashiers issuing refunds.",
      "I'd like our logo on printed receipts. I found the settings page but the upload does nothing.",
    ],
    tags: ['reports', 'export', 'taxes', 'discounts', 'import', 'receipts', 'gift-cards', 'onboarding'],
    firstReplies: [
      'Good question! Go to Reports → {reportName}, pick the date range, then use Export in the top right and choose {fileFormat}.',
      "You can do that under Settings → Locations → Taxes; each location has its own rates. I've added a short guide below.",
      "Yes — create an automatic discount under Discounts, then limit it to the 'Regulars' customer group. Want me to walk you through it on a call?",
      'Our importer takes a CSV with name, SKU, price and stock. I can send a template; how many products are we talking about?',
    ],
    resolutions: [
      "Great to hear it's set up. I've also linked our guide to scheduled reports in case it's useful later.",
      'The import went through with all products. Let us know if any prices need adjusting.',
      'Glad that worked. The same settings apply to any new locations you add.',
    ],
  },
  {
    name: 'Bug report',
    weight: 11,
    subjects: [
      '{appArea} shows the wrong totals',
      'Crash in the mobile app on {platform}',
      '{appArea} not loading',
      'Duplicate items after sync',
      'Date filter ignored in the {reportName}',
      'Receipt prints the wrong time zone',
      'Discount applied twice at checkout',
      'Search in the {appArea} returns nothing',
      'Blank page after update {version}',
      '{appArea} error {errorCode}',
    ],
    problems: [
      'The totals on the {appArea} do not match the {reportName}; the difference is about {amount}.',
      'The mobile app crashes on {platform} as soon as I open the {appArea}. Version {version}.',
      'Since version {version} the {appArea} shows a blank page with {errorCode} in the corner.',
      'After syncing, every product in one category appears twice in the {appArea}.',
      'When I set a date range on the {reportName} it still shows all of last month.',
      'Receipts print an hour off since the clocks changed; the {appArea} shows the correct time.',
      'A {percent}% discount gets applied twice when two items from the same category are in the cart.',
      'Searching for a product by SKU in the {appArea} returns nothing, although the product exists.',
    ],
    tags: ['bug', 'regression', 'mobile', 'reports', 'sync', 'crash', 'needs-engineering'],
    firstReplies: [
      'Thanks for the clear report. I reproduced it on our side and filed it with engineering; I’ll update you as soon as there’s a fix.',
      "Could you send a screenshot of the {appArea} and the time it happened? That will help us find it in the logs.",
      "Sorry about this. Which version of the app are you on? You'll find it under Settings → About.",
      "I can see the same thing on a test account. As a workaround, refreshing the {appArea} after the sync shows the right data.",
    ],
    resolutions: [
      'Version {version} with the fix is rolling out now. Thanks for your patience — and for the detailed report.',
      "Engineering fixed the sync issue and cleaned up the duplicates on your account. Please let us know if you spot any left.",
      'The fix is live; the {reportName} now respects the date filter.',
    ],
  },
  {
    name: 'Shipping',
    weight: 10,
    subjects: [
      'Where is my order {orderNumber}?',
      'Order {orderNumber} not delivered',
      'Tracking number not working',
      'Wrong item in my package',
      'Change delivery address for {orderNumber}',
      'Package damaged in transit',
      'Delivery delayed — need it by {weekday}',
      'Missing {device} from order {orderNumber}',
    ],
    problems: [
      'We ordered a {device} ({orderNumber}) {days} days ago and it still has not shipped.',
      'The {carrier} tracking number {trackingNumber} says "label created" and nothing else.',
      'We received a {device} instead of the one we ordered in {orderNumber}.',
      'Could you change the delivery address for {orderNumber}? We are moving to a new shop next week.',
      'The box arrived crushed and the {device} inside is cracked.',
      'We open our new location on {weekday} and need the hardware by then. Can it be expedited?',
      'Order {orderNumber} arrived, but the {device} was missing from the box.',
    ],
    tags: ['shipping', 'delivery', 'tracking', 'damaged', 'address-change', 'expedite'],
    firstReplies: [
      "I've checked with {carrier}: order {orderNumber} is at their depot and scheduled for delivery within two business days.",
      "Sorry for the wait. I've asked our warehouse to prioritise {orderNumber} and will share the tracking link as soon as it's scanned.",
      "That's frustrating, I'm sorry. Could you send a photo of the package and the label? I'll arrange a replacement right away.",
      'I can still change the address since the order has not shipped. Please confirm the new address in full.',
    ],
    resolutions: [
      'The replacement {device} was delivered this morning according to {carrier}. Enjoy!',
      'The new address is on the order and it has shipped with {carrier} ({trackingNumber}).',
      "We've sent the missing {device} by express; it should arrive tomorrow.",
    ],
  },
  {
    name: 'Returns',
    weight: 7,
    subjects: [
      'Return a {device}',
      'Return label for order {orderNumber}',
      'Refund for returned {device}',
      'Exchange {device} for a different model',
      'Warranty replacement for {device}',
    ],
    problems: [
      "We'd like to return the {device} from order {orderNumber} because {returnReason}.",
      'Could you email a return label for {orderNumber}? The {device} is already boxed up.',
      "We sent the {device} back {days} days ago but haven't seen the refund yet.",
      'Can we exchange the {device} for a different model? Unfortunately {returnReason}.',
      'Our {device} is under warranty and stopped charging. What do we need to do for a replacement?',
    ],
    tags: ['return', 'refund', 'exchange', 'warranty', 'rma'],
    firstReplies: [
      "Of course. I've emailed a prepaid return label for {orderNumber}; please drop the parcel at any {carrier} point within 14 days.",
      "I'm sorry the {device} didn't work out. Is it unused, or has it been set up already? That decides whether we refund or exchange.",
      "Our warehouse received your return yesterday; refunds are issued after inspection, usually within two business days.",
      "The {device} is still under warranty, so we'll replace it. I just need the serial number from the sticker underneath.",
    ],
    resolutions: [
      'The refund of {amount} has been issued to your original payment method.',
      'The replacement {device} is on its way; keep the old one until it arrives, then use the enclosed label.',
      "The exchange is complete — the new model shipped today with {carrier}.",
    ],
  },
  {
    name: 'Feature request',
    weight: 8,
    subjects: [
      'Feature request: {feature}',
      'Any plans for {feature}?',
      'Would love {feature}',
      'Suggestion for the {appArea}',
      'Please add {feature}',
    ],
    problems: [
      "It would really help us to have {feature}. Right now we work around it with a spreadsheet.",
      'Are there any plans for {feature}? Several of our {staffRole}s have asked for it.',
      'Small suggestion for the {appArea}: {feature} would save us a lot of clicks every day.',
      "We're evaluating whether to stay on the {plan} plan, and {feature} is the main thing missing for us.",
    ],
    tags: ['feature-request', 'feedback', 'roadmap'],
    firstReplies: [
      "Thanks for the suggestion! I've added your vote for {feature} to our roadmap item and linked your account, so you'll hear when it ships.",
      'Great idea. Could you tell me a bit more about how you would use {feature}? Our product team reads every one of these.',
      "Good news: {feature} is on our roadmap for later this year. In the meantime, the {integration} integration covers part of it — want me to show you?",
    ],
    resolutions: [
      "I've passed this to our product team and will close the ticket for now; you'll be notified when {feature} is released.",
      'Good news: {feature} is now available on your plan. You can find it in the {appArea}.',
    ],
  },
  {
    name: 'Integrations',
    weight: 7,
    subjects: [
      '{integration} sync failing',
      'Connecting {integration}',
      '{integration} orders not importing',
      'Webhook returns {errorCode}',
      'API rate limit hit',
      'Duplicate invoices in {integration}',
    ],
    problems: [
      'The {integration} sync has been failing {since} with {errorCode}.',
      "We're trying to connect {integration} but the authorisation window closes without doing anything.",
      'Orders from {integration} stopped importing into the {appArea} on {weekday}.',
      'Our webhook endpoint receives {errorCode} responses when we retry; are we being rate limited?',
      'Every sale now appears twice in {integration}, so {colleague} has to delete duplicates by hand.',
    ],
    tags: ['integration', 'api', 'webhooks', 'sync', 'accounting'],
    firstReplies: [
      "The {integration} connection token expired on your account. Please disconnect and reconnect it under Settings → Integrations; that usually fixes it.",
      "Thanks — I can see the failed sync attempts. Could you tell me whether anything changed on the {integration} side recently (new user, new permissions)?",
      "Our API allows 120 requests per minute per token; your integration is bursting above that. Adding a short back-off on {errorCode} will solve it.",
    ],
    resolutions: [
      'The sync is running again and caught up on the missed days. The duplicates in {integration} have been removed.',
      "Reconnecting did the trick; I'll keep an eye on the next few syncs.",
    ],
  },
];
