import { describe, expect, it } from 'vitest';
import { describeNearbyForm } from '../../src/core/supplement-details';

const near = (text: string, name: string) => {
  const start = text.indexOf(name);
  return describeNearbyForm(text, start, start + name.length);
};

describe('describeNearbyForm', () => {
  it('takes a dose written before or after the mention, and the route', () => {
    expect(near('I take 400 mg a day of magnesium at night.', 'magnesium')).toEqual({ dose: '400 mg a day' });
    expect(near('We rub four drops of magnesium oil on our calves.', 'magnesium')).toMatchObject({ dose: 'four drops', route: 'topical' });
    expect(near('Magnesium glycinate tablets, 200 mg daily.', 'Magnesium')).toEqual({ route: 'oral', dose: '200 mg daily' });
  });
  it("never cuts a number at the window's edge, nor borrows the dose of what an earlier clause was about", () => {
    const text = 'My doctor said to take 5,000 IU of vitamin D every day in winter, and that magnesium supplements might help my sleep.';
    expect(near(text, 'magnesium').dose).toBeUndefined();
    expect(near(text, 'vitamin D').dose).toBe('5,000 IU');
  });
});
