/**
 * What each category of ticket sounds like, grouped into topics: every subject of a topic fits
 * every one of its problems, so a ticket's subject, description and replies are about one thing.
 * Slots (`{device}`) keep one value per ticket, so the card reader in the subject is the card
 * reader in the reply. Wording is deliberately varied: full-text search should have real words
 * to find and to miss.
 */
export interface Topic {
  subjects: readonly string[];
  /** The heart of the customer's first message, in their words. */
  problems: readonly string[];
  /** The agent's first answer; the category's general ones when absent. */
  firstReplies?: readonly string[];
  /** The agent's message that solves it; the category's general ones when absent. */
  resolutions?: readonly string[];
}

export interface CategoryVocabulary {
  name: string;
  /** Share of all tickets, relative to the other categories. */
  weight: number;
  topics: readonly Topic[];
  tags: readonly string[];
  /** Extra sentences a customer may add that only make sense in this category. */
  details: readonly string[];
  firstReplies: readonly string[];
  resolutions: readonly string[];
  /** Internal notes agents write on this kind of ticket. */
  notes: readonly string[];
}

const signInReplies = [
  "I'm sorry you're locked out. For security, could you confirm the email address on the account and the last four digits of the card on file?",
  "I've sent a new reset link from our side. It's valid for 30 minutes; let me know if it doesn't arrive.",
];
const signInResolutions = ["You should be able to sign in now. I'd recommend turning on two-factor authentication while you're there."];
const damagedOrderReplies = ["That's frustrating, I'm sorry. Could you send a photo of the package and the label? I'll arrange a replacement right away."];
const damagedOrderResolutions = ["We've sent a replacement {device} by express with {carrier} ({trackingNumber}); it should arrive tomorrow."];

export const categories: readonly CategoryVocabulary[] = [
  {
    name: 'Technical issue',
    weight: 15,
    tags: ['connectivity', 'hardware', 'outage', 'bluetooth', 'wifi', 'payments', 'offline-mode', 'firmware'],
    details: [
      "We're using version {version} on {platform}.",
      'Restarting the {device} did not help.',
      'It has been happening {since}.',
      'We have {count} locations, all affected.',
      'Only one of our locations seems affected.',
    ],
    topics: [
      {
        subjects: ['{device} not working', '{device} stopped working {since}', '{device} shows "{errorCode}"', 'Error {errorCode} on the {device}'],
        problems: [
          'Our {device} has not been working {since}. We restarted it twice and it still shows {errorCode}.',
          'The {device} just shows {errorCode} when we switch it on, so every sale has to go through the other register.',
        ],
      },
      {
        subjects: ['{device} keeps disconnecting', '{device} drops its connection', 'Connection to the {device} keeps dropping'],
        problems: [
          'The {device} disconnects every few minutes, so cashiers have to re-pair it in the middle of a sale.',
          'Our {device} keeps losing the Wi-Fi connection even though every other device in the shop is fine.',
        ],
        firstReplies: [
          'Sorry about the dropouts. Please open Settings → Devices, remove the {device} and pair it again, keeping it within a few metres of the router. Does it still disconnect after that?',
          'Thanks for the details. Could you tell me which Wi-Fi band the {device} is on (2.4 or 5 GHz)? The older models only hold a stable connection on 2.4 GHz.',
        ],
      },
      {
        subjects: ['Bluetooth pairing fails with the {device}', "Can't pair the {device} with our tablet"],
        problems: [
          'The {device} will not pair over Bluetooth with our tablet ({platform}). It worked fine until {weekday}.',
          'Pairing the {device} with the tablet fails at the last step with {errorCode}.',
        ],
        firstReplies: ["Let's reset the pairing: remove the {device} from the tablet's Bluetooth list, hold its power button for ten seconds until the light flashes blue, then pair again from Settings → Devices."],
      },
      {
        subjects: ['Terminal frozen on the update screen', 'Update stuck on the {device}'],
        problems: [
          'The {device} has been stuck on the update screen for an hour and the progress bar is not moving.',
          'We started the update to version {version} last night and the {device} is still showing the update screen.',
        ],
        firstReplies: ["That update should take five minutes at most. Hold the power button for 15 seconds to force a restart — the update resumes where it stopped. I'll check the rollout on our side meanwhile."],
      },
      {
        subjects: ['Card payments freeze since version {version}', '{device} freezes when taking a card payment'],
        problems: [
          'Since the update to version {version} the {device} freezes when we take a card payment.',
          'Every few card payments the {device} freezes and we have to restart it. It started with version {version}.',
        ],
        resolutions: ['Version {version} had a bug with some card types; the patched release is installed on your devices now.'],
      },
      {
        subjects: ['Offline mode not syncing sales', 'Sales missing after internet outage'],
        problems: [
          'Sales made in offline mode yesterday never synced; the end-of-day report is missing about {count} transactions.',
          'Our internet was down for two hours and the sales from that time are not in the dashboard.',
        ],
        resolutions: ['Your offline sales have been re-synced and now appear in the end-of-day report. Sorry for the scare.'],
      },
      {
        subjects: ['Payments stuck at "processing"', 'Card payments time out'],
        problems: [
          'Card payments sit on "processing" for a minute or more and sometimes time out with {errorCode}.',
          'About one in ten card payments times out and the customer has to tap their card again.',
        ],
      },
      {
        subjects: ['Slow checkout at peak hours', 'Checkout screen very slow'],
        problems: [
          'At lunchtime the checkout screen becomes very slow, up to ten seconds per item scanned.',
          'Scanning items takes several seconds each on the {device}; the queue is out the door.',
        ],
      },
    ],
    firstReplies: [
      'Sorry about the trouble with the {device}. Could you try a full power cycle (unplug it for 30 seconds) and tell me whether the light turns solid green afterwards?',
      "I've checked our status page and there's no wider outage, so let's look at your setup. Which firmware version does the {device} show under Settings → About?",
      "That's not the experience we want for you. I've pulled the logs for your account and I'm going through them now; could you tell me roughly when it last happened?",
    ],
    resolutions: [
      'The firmware update we pushed fixed the problem. The {device} should behave from now on.',
      "Glad it's working again. If the {device} acts up once more, send us the time it happened and we'll dig into the logs.",
    ],
    notes: [
      'Checked the device logs: the errors start right after their last firmware update.',
      'Same symptom as two other tickets this week; linked them in the engineering issue.',
      'Offered a loaner {device} if the replacement takes more than two days.',
    ],
  },
  {
    name: 'Billing',
    weight: 15,
    tags: ['invoice', 'refund', 'vat', 'payment-failed', 'cancellation', 'upgrade', 'downgrade', 'pricing'],
    details: ['Our billing contact is {colleague}.', "We're on the {plan} plan."],
    topics: [
      {
        subjects: ['Charged twice this month', 'Double charge on our {paymentMethod}', 'Refund for a duplicate charge'],
        problems: [
          'We were charged {amount} twice on our {paymentMethod} this month. Can you refund the duplicate?',
          'Our statement shows two identical payments of {amount} to Lumen on the same day.',
        ],
        firstReplies: [
          'Sorry about the confusion. Could you send the last four digits of the card that was charged, so I can match the payments?',
          "Thanks for flagging this. I can see two payments of {amount} on your account and I'm checking with our billing team now.",
        ],
        resolutions: ['The duplicate charge of {amount} has been refunded; it should reach your statement within 5–10 business days.'],
      },
      {
        subjects: ['Unexpected charge of {amount}', "A charge I don't recognise"],
        problems: [
          "There's an unexpected charge of {amount} on our statement and I can't match it to any invoice.",
          'We were billed {amount} this month, but our plan should cost less. What is this charge for?',
        ],
        firstReplies: ["I've looked up the charge of {amount}: it's the prorated cost of the extra seats added last month. I've attached the breakdown."],
        resolutions: ["I've credited {amount} back to the account as a goodwill gesture; you'll see it on the next invoice."],
      },
      {
        subjects: ['Invoice {invoiceNumber} looks wrong', 'Wrong number of seats on invoice {invoiceNumber}'],
        problems: [
          'Invoice {invoiceNumber} lists {quantity} seats, but we only have {count} staff accounts active.',
          'The seat count on invoice {invoiceNumber} is higher than the number of staff we have.',
        ],
        resolutions: ['I removed the inactive seats and re-issued invoice {invoiceNumber}; the new PDF is under Settings → Billing.'],
      },
      {
        subjects: ['VAT number missing from invoices', 'Add our VAT number to invoices'],
        problems: [
          'Our invoices are missing our VAT number, so our accountant cannot reclaim the tax.',
          'Please add our VAT number to invoice {invoiceNumber} and all future invoices.',
        ],
        resolutions: ['Your VAT number is now on the account, and I have re-issued invoice {invoiceNumber} with it.'],
      },
      {
        subjects: ['Need a copy of invoice {invoiceNumber}', 'Resend invoice {invoiceNumber}'],
        problems: [
          'Could you resend invoice {invoiceNumber}? I need to pass it on to {colleague} for the books.',
          "I can't find invoice {invoiceNumber} in our inbox. Can you send it again?",
        ],
        firstReplies: ["I've attached a fresh copy of invoice {invoiceNumber}. If anything on it looks off, let me know which line and I'll correct it."],
        resolutions: ['Glad the copy arrived. All invoices are also available under Settings → Billing.'],
      },
      {
        subjects: ['Question about my {plan} plan charges', 'Price increase on the {plan} plan'],
        problems: [
          "I'd like to understand the charges on the {plan} plan; the amount went up by {percent}% without notice.",
          'Why did the {plan} plan get more expensive at renewal?',
        ],
        firstReplies: ["The {plan} plan price changed at renewal; we emailed a notice two months ago, but I understand it was easy to miss. I've attached the details."],
        resolutions: ["I've applied a {percent}% loyalty discount for the next three months. Thanks for staying with us."],
      },
      {
        subjects: ['Upgrade to {plan}', 'Switch to the {plan} plan'],
        problems: [
          "We'd like to move to the {plan} plan. How is the current month charged if we switch now?",
          "We've outgrown our plan and want to switch to {plan}.",
        ],
        firstReplies: ['Happy to help with the plan. Before I change anything: would you like the switch to take effect now or at the next renewal?'],
        resolutions: ["The plan change is done and you'll see the prorated amount on the next invoice."],
      },
      {
        subjects: ['Card declined when renewing', 'Renewal payment failed'],
        problems: [
          'Our renewal failed because the card was declined. We have a new {paymentMethod} to use instead.',
          'We got an email saying the renewal payment failed, but the card works everywhere else.',
        ],
        firstReplies: ['You can update it under Settings → Billing → Payment method; the failed renewal is retried automatically within an hour.'],
      },
      {
        subjects: ['Cancel subscription', 'Cancel at the end of the billing period'],
        problems: ['We would like to cancel the subscription at the end of the billing period and keep access to our reports.'],
        firstReplies: ["I'm sorry to see you go. I can schedule the cancellation for the end of the period; may I ask what made you decide to leave?"],
        resolutions: ['The cancellation is scheduled; you keep full access and can export everything until the period ends.'],
      },
    ],
    firstReplies: ["Thanks for reaching out about billing. I'm looking at your account now and will get back to you shortly."],
    resolutions: ['All sorted on the billing side. You will receive an updated invoice by email.'],
    notes: ['Billing confirmed the refund is approved.', 'Checked Stripe: both payments captured, second one is the duplicate.', 'Long-time customer on {plan}; approved a goodwill credit.'],
  },
  {
    name: 'Account',
    weight: 13,
    tags: ['login', 'password-reset', '2fa', 'permissions', 'staff', 'gdpr', 'account-owner'],
    details: ['I sign in as the {staffRole}.', 'This is quite urgent for us.'],
    topics: [
      {
        subjects: ["Can't log in", 'Password not accepted'],
        problems: ["I can't log in to the back office; it says my password is wrong even after resetting it."],
        firstReplies: signInReplies,
        resolutions: signInResolutions,
      },
      {
        subjects: ['Password reset email never arrives', 'No password reset email'],
        problems: ["The password reset email never arrives. I've checked spam and waited over an hour."],
        firstReplies: signInReplies,
        resolutions: signInResolutions,
      },
      {
        subjects: ['Locked out after too many attempts', 'Account locked'],
        problems: ["We're locked out after too many attempts and the store opens in an hour."],
        firstReplies: signInReplies,
        resolutions: signInResolutions,
      },
      {
        subjects: ['Two-factor authentication problem', "Can't get past two-factor"],
        problems: [
          'The two-factor code from my authenticator app is rejected every time.',
          "I lost the phone with our authenticator app and can't get past the two-factor screen.",
        ],
        firstReplies: ["Codes are rejected when the phone's clock drifts, so please turn on automatic time on the phone and try again. If the phone is gone, I'll verify you another way."],
        resolutions: ["Two-factor has been reset; you'll be asked to set it up again at the next sign-in."],
      },
      {
        subjects: ['Add a new staff member', "Can't invite {colleague}"],
        problems: ['I need to give {colleague} access as a {staffRole}, but the invite button is greyed out.'],
        firstReplies: ["Staff invites are limited by the plan's seat count, and you're at the limit. I can add a seat for you, or you can remove an inactive user first."],
        resolutions: ['The extra seat is added and the invite went out. Welcome aboard to the new team member!'],
      },
      {
        subjects: ['Remove a former employee', 'Revoke access for a former {staffRole}'],
        problems: ['A former {staffRole} still has access; please help us remove them straight away.'],
        firstReplies: ["I've revoked their access and signed out all their sessions. You can double-check under Settings → Staff."],
        resolutions: ["Done — the staff list is up to date and the former employee's sessions are signed out."],
      },
      {
        subjects: ['Change the account owner', 'Transfer account ownership'],
        problems: ['The account owner left the company. How do we transfer ownership to me?'],
      },
      {
        subjects: ['Change our business email address', 'New email for notifications'],
        problems: ['We changed our business email address and want all notifications to go to the new one.'],
      },
      {
        subjects: ['Delete our account and data', 'Close our account'],
        problems: ['We are closing the business and would like our account and customer data deleted.'],
        resolutions: ['Your account and data have been deleted as requested. We wish you all the best.'],
      },
    ],
    firstReplies: ["For changes like this we need a short confirmation from the current owner's email address, or proof of your role at the business. Which is easier for you?"],
    resolutions: ['The account is updated. Let us know if anything else looks off.'],
    notes: ['Identity verified via the card on file.', 'Owner confirmed by email, OK to proceed.'],
  },
  {
    name: 'How-to',
    weight: 14,
    tags: ['reports', 'export', 'taxes', 'discounts', 'import', 'receipts', 'gift-cards', 'onboarding'],
    details: ["We're new to Lumen, so sorry if this is obvious.", 'I looked in the help centre but could not find it.'],
    topics: [
      {
        subjects: ['How do I export the {reportName}?', 'Export the {reportName} to {fileFormat}'],
        problems: ['Where do I export the {reportName} as {fileFormat}? I send it to {colleague} every month.'],
        firstReplies: ['Good question! Go to Reports → {reportName}, pick the date range, then use Export in the top right and choose {fileFormat}.'],
      },
      {
        subjects: ['Schedule the {reportName} by email', 'Automatic {reportName} every week'],
        problems: ['Can the {reportName} be emailed to me automatically every {weekday}?'],
        firstReplies: ['Yes! Open Reports → {reportName}, click Schedule, choose {weekday} and add the email addresses that should receive it.'],
      },
      {
        subjects: ['Setting up tax rates', 'Question about tax settings'],
        problems: [
          "We're opening a second location and I'm not sure how to set different tax rates there.",
          'Takeaway orders have a different tax rate here. How do I set that up?',
        ],
        firstReplies: ["You can do that under Settings → Locations → Taxes; each location and order type can have its own rate. I've added a short guide below."],
      },
      {
        subjects: ['How to create a discount for regulars', 'Automatic discount for loyal customers'],
        problems: ['I want to give regular customers {percent}% off automatically. Is that possible?'],
        firstReplies: ['Yes — create an automatic discount under Discounts, then limit it to a customer group. Want me to walk you through it on a call?'],
      },
      {
        subjects: ['Set up gift cards', 'Selling gift cards'],
        problems: ["We'd like to sell gift cards for the holidays. Where do we start?"],
        firstReplies: ['Gift cards live under Products → Gift cards. Create a design, pick the amounts, and they appear on the {device} at checkout.'],
      },
      {
        subjects: ['Bulk importing products', 'Import our price list'],
        problems: ['We have about {quantity}00 products in a spreadsheet. Is there a way to import them all at once?'],
        firstReplies: ['Our importer takes a CSV with name, SKU, price and stock. I can send a template; how many products are we talking about?'],
        resolutions: ['The import went through with all products. Let us know if any prices need adjusting.'],
      },
      {
        subjects: ['Set up tipping on the {device}', 'Tip options at checkout'],
        problems: ['How do we turn on tipping on the {device}, with a few preset percentages?'],
        firstReplies: ['Tipping is under Settings → Checkout → Tips. Turn it on and enter up to three preset percentages; the {device} picks them up within a minute.'],
      },
      {
        subjects: ['Print a custom logo on receipts', 'Logo on receipts'],
        problems: ["I'd like our logo on printed receipts. I found the settings page but the upload does nothing."],
        firstReplies: ['The receipt logo must be a black-and-white PNG under 500 KB — colour images are silently skipped. Could you try again with a converted file?'],
      },
      {
        subjects: ['Close the register at end of day', 'End-of-day cash count'],
        problems: ['What is the right way to close the register at the end of the day so the cash count matches?'],
      },
    ],
    firstReplies: ["Happy to help! I've linked the step-by-step guide for this below; tell me if any step doesn't match what you see."],
    resolutions: ["Great to hear it's set up. The same settings apply to any new locations you add.", "Glad that worked. I've also linked a few related guides in case they're useful later."],
    notes: ['Good candidate for a help-centre article; this question comes up weekly.', 'Customer is still onboarding; offered a setup call.'],
  },
  {
    name: 'Bug report',
    weight: 11,
    tags: ['bug', 'regression', 'mobile', 'reports', 'sync', 'crash', 'needs-engineering'],
    details: ["We're using version {version} on {platform}.", 'I can reproduce it every time.', 'It has been happening {since}.'],
    topics: [
      {
        subjects: ['{reportName} shows wrong numbers', 'Numbers in the {reportName} look off'],
        problems: [
          'The totals on the {reportName} do not match the dashboard; the difference is about {amount}.',
          'When I set a date range on the {reportName} it still shows all of last month.',
        ],
      },
      {
        subjects: ['Crash in the mobile app on {platform}', 'App crashes when opening the {appArea}'],
        problems: ['The mobile app crashes on {platform} as soon as I open the {appArea}.'],
        firstReplies: ["Sorry about this. Which version of the app are you on? You'll find it under Settings → About. A screen recording would help too."],
      },
      {
        subjects: ['Blank page after update {version}', '{appArea} not loading'],
        problems: [
          'Since version {version} the {appArea} shows a blank page with {errorCode} in the corner.',
          'The {appArea} never finishes loading; the spinner just keeps going.',
        ],
      },
      {
        subjects: ['Duplicate items after sync', 'Products appear twice'],
        problems: ['After syncing, every product in one category appears twice in the {appArea}.'],
        resolutions: ['Engineering fixed the sync and cleaned up the duplicates on your account. Please let us know if you spot any left.'],
      },
      {
        subjects: ['Search in the {appArea} returns nothing', 'Product search broken'],
        problems: ['Searching for a product by SKU in the {appArea} returns nothing, although the product exists.'],
      },
      {
        subjects: ['Receipt prints the wrong time', 'Receipts one hour off'],
        problems: ['Receipts print an hour off since the clocks changed, while the {appArea} shows the correct time.'],
      },
      {
        subjects: ['Discount applied twice at checkout', 'Double discount bug'],
        problems: ['A {percent}% discount gets applied twice when two items from the same category are in the cart.'],
      },
    ],
    firstReplies: [
      "Thanks for the clear report. I reproduced it on our side and filed it with engineering; I'll update you as soon as there's a fix.",
      'Could you send a screenshot and the time it happened? That will help us find it in the logs.',
      'I can see the same thing on a test account. As a workaround, refreshing the page shows the right data.',
    ],
    resolutions: [
      'Version {version} with the fix is rolling out now. Thanks for your patience — and for the detailed report.',
      'The fix is live. Thanks again for reporting it.',
    ],
    notes: ['Reproduced on staging; filed with engineering.', 'Engineering says the fix ships in the next release.', 'Regression from the last release; already on the bug board.'],
  },
  {
    name: 'Shipping',
    weight: 10,
    tags: ['shipping', 'delivery', 'tracking', 'damaged', 'address-change', 'expedite'],
    details: ['We ordered on the website.', 'We need it for a busy weekend.'],
    topics: [
      {
        subjects: ['Where is my order {orderNumber}?', 'Order {orderNumber} not delivered', 'No tracking updates for {orderNumber}'],
        problems: [
          'We ordered a {device} ({orderNumber}) {days} days ago and it still has not arrived.',
          'The {carrier} tracking number {trackingNumber} for order {orderNumber} says "label created" and nothing else.',
        ],
        firstReplies: [
          "I've checked with {carrier}: order {orderNumber} is at their depot and scheduled for delivery within two business days.",
          "Sorry for the wait. I've asked our warehouse to prioritise {orderNumber} and will share the tracking link as soon as it's scanned.",
        ],
        resolutions: ['{carrier} confirms the {device} was delivered this morning. Enjoy!'],
      },
      {
        subjects: ['Package damaged in transit', '{device} arrived broken'],
        problems: ['The box arrived crushed and the {device} inside is cracked.'],
        firstReplies: damagedOrderReplies,
        resolutions: damagedOrderResolutions,
      },
      {
        subjects: ['Wrong item in my package', 'Received the wrong {device}'],
        problems: ['We received the wrong model of {device} in order {orderNumber}.'],
        firstReplies: damagedOrderReplies,
        resolutions: damagedOrderResolutions,
      },
      {
        subjects: ['Missing {device} from order {orderNumber}', 'Order {orderNumber} incomplete'],
        problems: ['Order {orderNumber} arrived, but the {device} was missing from the box.'],
        firstReplies: damagedOrderReplies,
        resolutions: damagedOrderResolutions,
      },
      {
        subjects: ['Change delivery address for {orderNumber}', 'New shipping address'],
        problems: ['Could you change the delivery address for {orderNumber}? We are moving to a new shop next week.'],
        firstReplies: ['The order has not left the warehouse yet, so I can still change it. Please confirm the full delivery address.'],
        resolutions: ['The new address is on the order and it has shipped with {carrier} ({trackingNumber}).'],
      },
      {
        subjects: ['Delivery needed by {weekday}', 'Can you expedite {orderNumber}?'],
        problems: ['We open our new location on {weekday} and need the hardware from {orderNumber} by then. Can it be expedited?'],
        firstReplies: ["I've upgraded {orderNumber} to express shipping at no cost; it leaves the warehouse today."],
        resolutions: ['The order has shipped with {carrier} ({trackingNumber}) and will arrive before {weekday}. Good luck with the opening!'],
      },
    ],
    firstReplies: ["Thanks for the order number. I'm checking with the warehouse and {carrier} and will update you today."],
    resolutions: ['The delivery is complete. Let us know if anything is missing.'],
    notes: ['Looped in the warehouse team about the replacement.', 'Opened a claim with {carrier} for the damaged parcel.'],
  },
  {
    name: 'Returns',
    weight: 7,
    tags: ['return', 'refund', 'exchange', 'warranty', 'rma'],
    details: ['We still have the original packaging.', 'The order number is {orderNumber}.'],
    topics: [
      {
        subjects: ['Return a {device}', 'Return label for order {orderNumber}'],
        problems: [
          "We'd like to return the {device} from order {orderNumber} because {returnReason}.",
          'Could you email a return label for {orderNumber}? The {device} is already boxed up.',
        ],
        firstReplies: ["Of course. I've emailed a prepaid return label for {orderNumber}; please drop the parcel at any {carrier} point within 14 days."],
        resolutions: ['We received the {device} and issued a refund of {amount} to your original payment method.'],
      },
      {
        subjects: ['Refund for returned {device}', 'Still waiting for my refund'],
        problems: ["We sent the {device} back {days} days ago but haven't seen the refund yet."],
        firstReplies: ['Our warehouse received your return; refunds are issued after inspection, usually within two business days. I have asked them to hurry.'],
        resolutions: ['The refund of {amount} has been issued; banks usually show it within a few days.'],
      },
      {
        subjects: ['Exchange {device} for a different model', 'Swap our {device}'],
        problems: ['Can we exchange the {device} for a different model? Unfortunately {returnReason}.'],
        resolutions: ['The exchange is complete — the new model shipped today with {carrier}.'],
      },
      {
        subjects: ['Warranty replacement for {device}', '{device} broken under warranty'],
        problems: ['Our {device} is under warranty and stopped charging. What do we need to do for a replacement?'],
        resolutions: ['The replacement {device} is on its way with {carrier}; keep the old one until it arrives, then use the enclosed label.'],
      },
    ],
    firstReplies: ["No problem. I just need the serial number from the sticker underneath the {device}, and I'll set everything up."],
    resolutions: ['The return is complete on our side.'],
    notes: ['RMA created; warehouse notified.', 'Item inspected: no damage, full refund approved.'],
  },
  {
    name: 'Feature request',
    weight: 8,
    tags: ['feature-request', 'feedback', 'roadmap'],
    details: ['Several of our staff have asked for this.', 'Our previous system had this.'],
    topics: [
      {
        subjects: ['Feature request: {feature}', 'Any plans for {feature}?', 'Would love {feature}', 'Please add {feature}'],
        problems: [
          'It would really help us to have {feature}. Right now we work around it with a spreadsheet.',
          'Are there any plans for {feature}? Several of our {staffRole}s have asked for it.',
          "We're evaluating whether to stay on the {plan} plan, and {feature} is the main thing missing for us.",
        ],
      },
      {
        subjects: ['Suggestion for the {appArea}', 'Idea to make the {appArea} faster to use'],
        problems: ['Small suggestion for the {appArea}: {feature} would save us a lot of clicks every day.'],
      },
    ],
    firstReplies: [
      "Thanks for the suggestion! I've added your vote for {feature} to our roadmap item and linked your account, so you'll hear when it ships.",
      'Great idea. Could you tell me a bit more about how you would use {feature}? Our product team reads every one of these.',
      'Good news: {feature} is on our roadmap for later this year. In the meantime, the {integration} integration covers part of it — want me to show you?',
    ],
    resolutions: [
      "I've passed this to our product team and will close the ticket for now; you'll be notified when {feature} is released.",
      'Good news: {feature} is now available on your plan. You can find it in the {appArea}.',
    ],
    notes: ['Added a vote to the roadmap item.', 'Product team is collecting use cases for this one.'],
  },
  {
    name: 'Integrations',
    weight: 7,
    tags: ['integration', 'api', 'webhooks', 'sync', 'accounting'],
    details: ['Our developer can share logs if needed.', 'Nothing changed in our {integration} settings.', 'It has been happening {since}.'],
    topics: [
      {
        subjects: ['{integration} sync failing', '{integration} not syncing'],
        problems: [
          'The {integration} sync has been failing {since} with {errorCode}.',
          'Orders from {integration} stopped importing into the {appArea} on {weekday}.',
        ],
      },
      {
        subjects: ['Duplicate invoices in {integration}', 'Sales appear twice in {integration}'],
        problems: ['Every sale now appears twice in {integration}, so {colleague} has to delete duplicates by hand.'],
      },
      {
        subjects: ['Connecting {integration}', 'Authorisation window closes when connecting {integration}'],
        problems: ["We're trying to connect {integration} but the authorisation window closes without doing anything."],
        firstReplies: ['That usually means a pop-up blocker stopped the window. Please allow pop-ups for our site, or try the connection from the desktop app.'],
        resolutions: ["Connecting did the trick; I'll keep an eye on the first few syncs."],
      },
      {
        subjects: ['API rate limit hit', 'Getting HTTP 429 from the API'],
        problems: [
          'Our webhook retries get HTTP 429 responses; are we being rate limited?',
          'Our script hits the API rate limit within minutes of starting the nightly export.',
        ],
        firstReplies: ['Our API allows 120 requests per minute per token, and your integration bursts above that. Adding a short back-off when you get HTTP 429 will solve it.'],
        resolutions: ['With the back-off in place the nightly export finished without errors. Nice work!'],
      },
    ],
    firstReplies: [
      'The {integration} connection token expired on your account. Please disconnect and reconnect it under Settings → Integrations; that usually fixes it.',
      'Thanks — I can see the failed sync attempts. Did anything change on the {integration} side recently (new user, new permissions)?',
    ],
    resolutions: ['The sync is running again and caught up on the missed days. Any duplicates in {integration} have been removed.'],
    notes: ['Token refresh failing on their side; asked them to reconnect.', 'Possibly related to the {integration} API change this week.'],
  },
];
