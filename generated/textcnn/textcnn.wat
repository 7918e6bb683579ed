(module
 (type $0 (func (param i32 i32 i32)))
 (type $1 (func (param i32 i32)))
 (type $2 (func (param v128) (result v128)))
 (type $3 (func (param v128 v128) (result v128)))
 (type $4 (func (param i32) (result i32)))
 (type $5 (func (param i32 i32) (result i32)))
 (type $6 (func))
 (memory $0 260 260)
 (data $0 (i32.const 5318944) "\00\00\00\00\01\00\00\00")
 (export "memory" (memory $0))
 (export "first_non_finite" (func $first_non_finite))
 (export "entry:textcnn" (func $textcnn))
 (func $gf_exp_f32x4 (param $0 v128) (result v128)
  (local $1 v128)
  (local $2 v128)
  (local $3 v128)
  (local $4 v128)
  (local $5 v128)
  (local $6 v128)
  (local.set $1
   (f32x4.max
    (f32x4.min
     (local.get $0)
     (v128.const i32x4 0x42b20000 0x42b20000 0x42b20000 0x42b20000)
    )
    (v128.const i32x4 0xc2d00000 0xc2d00000 0xc2d00000 0xc2d00000)
   )
  )
  (local.set $2
   (f32x4.nearest
    (f32x4.mul
     (local.get $1)
     (v128.const i32x4 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b)
    )
   )
  )
  (local.set $3
   (f32x4.sub
    (f32x4.sub
     (local.get $1)
     (f32x4.mul
      (local.get $2)
      (v128.const i32x4 0x3f318000 0x3f318000 0x3f318000 0x3f318000)
     )
    )
    (f32x4.mul
     (local.get $2)
     (v128.const i32x4 0xb95e8083 0xb95e8083 0xb95e8083 0xb95e8083)
    )
   )
  )
  (local.set $4
   (f32x4.add
    (f32x4.mul
     (f32x4.add
      (f32x4.mul
       (f32x4.add
        (f32x4.mul
         (f32x4.add
          (f32x4.mul
           (f32x4.add
            (f32x4.mul
             (v128.const i32x4 0x39506967 0x39506967 0x39506967 0x39506967)
             (local.get $3)
            )
            (v128.const i32x4 0x3ab743ce 0x3ab743ce 0x3ab743ce 0x3ab743ce)
           )
           (local.get $3)
          )
          (v128.const i32x4 0x3c088908 0x3c088908 0x3c088908 0x3c088908)
         )
         (local.get $3)
        )
        (v128.const i32x4 0x3d2aa9c1 0x3d2aa9c1 0x3d2aa9c1 0x3d2aa9c1)
       )
       (local.get $3)
      )
      (v128.const i32x4 0x3e2aaaaa 0x3e2aaaaa 0x3e2aaaaa 0x3e2aaaaa)
     )
     (local.get $3)
    )
    (v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000)
   )
  )
  (local.set $4
   (f32x4.add
    (f32x4.add
     (f32x4.mul
      (local.get $4)
      (f32x4.mul
       (local.get $3)
       (local.get $3)
      )
     )
     (local.get $3)
    )
    (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
   )
  )
  (local.set $5
   (i32x4.trunc_sat_f32x4_s
    (local.get $2)
   )
  )
  (local.set $6
   (i32x4.shr_s
    (local.get $5)
    (i32.const 1)
   )
  )
  (f32x4.mul
   (f32x4.mul
    (local.get $4)
    (i32x4.shl
     (i32x4.add
      (local.get $6)
      (v128.const i32x4 0x0000007f 0x0000007f 0x0000007f 0x0000007f)
     )
     (i32.const 23)
    )
   )
   (i32x4.shl
    (i32x4.add
     (i32x4.sub
      (local.get $5)
      (local.get $6)
     )
     (v128.const i32x4 0x0000007f 0x0000007f 0x0000007f 0x0000007f)
    )
    (i32.const 23)
   )
  )
 )
 (func $gf_log_f32x4 (param $0 v128) (result v128)
  (local $1 v128)
  (local $2 v128)
  (local $3 v128)
  (local $4 v128)
  (local $5 v128)
  (local $6 v128)
  (local $7 v128)
  (local $8 v128)
  (local $9 v128)
  (local.set $1
   (f32x4.lt
    (local.get $0)
    (v128.const i32x4 0x00800000 0x00800000 0x00800000 0x00800000)
   )
  )
  (local.set $2
   (v128.bitselect
    (f32x4.mul
     (local.get $0)
     (v128.const i32x4 0x4b000000 0x4b000000 0x4b000000 0x4b000000)
    )
    (local.get $0)
    (local.get $1)
   )
  )
  (local.set $3
   (i32x4.sub
    (i32x4.sub
     (i32x4.shr_u
      (local.get $2)
      (i32.const 23)
     )
     (v128.const i32x4 0x0000007e 0x0000007e 0x0000007e 0x0000007e)
    )
    (v128.and
     (local.get $1)
     (v128.const i32x4 0x00000017 0x00000017 0x00000017 0x00000017)
    )
   )
  )
  (local.set $4
   (v128.or
    (v128.and
     (local.get $2)
     (v128.const i32x4 0x007fffff 0x007fffff 0x007fffff 0x007fffff)
    )
    (v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000)
   )
  )
  (local.set $5
   (f32x4.lt
    (local.get $4)
    (v128.const i32x4 0x3f3504f3 0x3f3504f3 0x3f3504f3 0x3f3504f3)
   )
  )
  (local.set $3
   (i32x4.add
    (local.get $3)
    (local.get $5)
   )
  )
  (local.set $4
   (f32x4.sub
    (f32x4.add
     (local.get $4)
     (v128.and
      (local.get $4)
      (local.get $5)
     )
    )
    (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
   )
  )
  (local.set $8
   (f32x4.convert_i32x4_s
    (local.get $3)
   )
  )
  (local.set $6
   (f32x4.mul
    (local.get $4)
    (local.get $4)
   )
  )
  (local.set $7
   (f32x4.mul
    (f32x4.mul
     (f32x4.add
      (f32x4.mul
       (f32x4.add
        (f32x4.mul
         (f32x4.add
          (f32x4.mul
           (f32x4.add
            (f32x4.mul
             (f32x4.add
              (f32x4.mul
               (f32x4.add
                (f32x4.mul
                 (f32x4.add
                  (f32x4.mul
                   (f32x4.add
                    (f32x4.mul
                     (v128.const i32x4 0x3d9021bb 0x3d9021bb 0x3d9021bb 0x3d9021bb)
                     (local.get $4)
                    )
                    (v128.const i32x4 0xbdebd1b8 0xbdebd1b8 0xbdebd1b8 0xbdebd1b8)
                   )
                   (local.get $4)
                  )
                  (v128.const i32x4 0x3def251a 0x3def251a 0x3def251a 0x3def251a)
                 )
                 (local.get $4)
                )
                (v128.const i32x4 0xbdfe5d4f 0xbdfe5d4f 0xbdfe5d4f 0xbdfe5d4f)
               )
               (local.get $4)
              )
              (v128.const i32x4 0x3e11e9bf 0x3e11e9bf 0x3e11e9bf 0x3e11e9bf)
             )
             (local.get $4)
            )
            (v128.const i32x4 0xbe2aae50 0xbe2aae50 0xbe2aae50 0xbe2aae50)
           )
           (local.get $4)
          )
          (v128.const i32x4 0x3e4cceac 0x3e4cceac 0x3e4cceac 0x3e4cceac)
         )
         (local.get $4)
        )
        (v128.const i32x4 0xbe7ffffc 0xbe7ffffc 0xbe7ffffc 0xbe7ffffc)
       )
       (local.get $4)
      )
      (v128.const i32x4 0x3eaaaaaa 0x3eaaaaaa 0x3eaaaaaa 0x3eaaaaaa)
     )
     (local.get $4)
    )
    (local.get $6)
   )
  )
  (local.set $7
   (f32x4.add
    (local.get $7)
    (f32x4.mul
     (local.get $8)
     (v128.const i32x4 0xb95e8083 0xb95e8083 0xb95e8083 0xb95e8083)
    )
   )
  )
  (local.set $7
   (f32x4.sub
    (local.get $7)
    (f32x4.mul
     (local.get $6)
     (v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000)
    )
   )
  )
  (local.set $9
   (f32x4.add
    (f32x4.add
     (local.get $4)
     (local.get $7)
    )
    (f32x4.mul
     (local.get $8)
     (v128.const i32x4 0x3f318000 0x3f318000 0x3f318000 0x3f318000)
    )
   )
  )
  (local.set $9
   (v128.bitselect
    (v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000)
    (local.get $9)
    (f32x4.eq
     (local.get $0)
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
   )
  )
  (local.set $9
   (v128.bitselect
    (v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000)
    (local.get $9)
    (f32x4.lt
     (local.get $0)
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
   )
  )
  (v128.bitselect
   (local.get $0)
   (local.get $9)
   (v128.or
    (f32x4.eq
     (local.get $0)
     (v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000)
    )
    (f32x4.ne
     (local.get $0)
     (local.get $0)
    )
   )
  )
 )
 (func $gf_tanh_f32x4 (param $0 v128) (result v128)
  (local $1 v128)
  (local $2 v128)
  (local $3 v128)
  (local $4 v128)
  (local.set $1
   (f32x4.abs
    (local.get $0)
   )
  )
  (local.set $2
   (f32x4.mul
    (local.get $0)
    (local.get $0)
   )
  )
  (local.set $3
   (f32x4.add
    (f32x4.mul
     (f32x4.mul
      (f32x4.add
       (f32x4.mul
        (f32x4.add
         (f32x4.mul
          (f32x4.add
           (f32x4.mul
            (f32x4.add
             (f32x4.mul
              (v128.const i32x4 0xbbbaf0ea 0xbbbaf0ea 0xbbbaf0ea 0xbbbaf0ea)
              (local.get $2)
             )
             (v128.const i32x4 0x3ca9134e 0x3ca9134e 0x3ca9134e 0x3ca9134e)
            )
            (local.get $2)
           )
           (v128.const i32x4 0xbd5c1e2d 0xbd5c1e2d 0xbd5c1e2d 0xbd5c1e2d)
          )
          (local.get $2)
         )
         (v128.const i32x4 0x3e088393 0x3e088393 0x3e088393 0x3e088393)
        )
        (local.get $2)
       )
       (v128.const i32x4 0xbeaaaa99 0xbeaaaa99 0xbeaaaa99 0xbeaaaa99)
      )
      (local.get $2)
     )
     (local.get $0)
    )
    (local.get $0)
   )
  )
  (local.set $4
   (f32x4.sub
    (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
    (f32x4.div
     (v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000)
     (f32x4.add
      (call $gf_exp_f32x4
       (f32x4.add
        (local.get $1)
        (local.get $1)
       )
      )
      (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
     )
    )
   )
  )
  (v128.or
   (v128.bitselect
    (local.get $3)
    (local.get $4)
    (f32x4.lt
     (local.get $1)
     (v128.const i32x4 0x3f200000 0x3f200000 0x3f200000 0x3f200000)
    )
   )
   (v128.and
    (local.get $0)
    (v128.const i32x4 0x80000000 0x80000000 0x80000000 0x80000000)
   )
  )
 )
 (func $gf_erf_f32x4 (param $0 v128) (result v128)
  (local $1 v128)
  (local $2 v128)
  (local.set $1
   (f32x4.max
    (f32x4.min
     (local.get $0)
     (v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000)
    )
    (v128.const i32x4 0xc0800000 0xc0800000 0xc0800000 0xc0800000)
   )
  )
  (local.set $2
   (f32x4.mul
    (local.get $1)
    (local.get $1)
   )
  )
  (f32x4.div
   (f32x4.mul
    (local.get $1)
    (f32x4.add
     (f32x4.mul
      (f32x4.add
       (f32x4.mul
        (f32x4.add
         (f32x4.mul
          (f32x4.add
           (f32x4.mul
            (f32x4.add
             (f32x4.mul
              (f32x4.add
               (f32x4.mul
                (v128.const i32x4 0xaf95df0b 0xaf95df0b 0xaf95df0b 0xaf95df0b)
                (local.get $2)
               )
               (v128.const i32x4 0x32edffee 0x32edffee 0x32edffee 0x32edffee)
              )
              (local.get $2)
             )
             (v128.const i32x4 0xb60cff51 0xb60cff51 0xb60cff51 0xb60cff51)
            )
            (local.get $2)
           )
           (v128.const i32x4 0xb86ec2d2 0xb86ec2d2 0xb86ec2d2 0xb86ec2d2)
          )
          (local.get $2)
         )
         (v128.const i32x4 0xba40ac63 0xba40ac63 0xba40ac63 0xba40ac63)
        )
        (local.get $2)
       )
       (v128.const i32x4 0xbb41a1f6 0xbb41a1f6 0xbb41a1f6 0xbb41a1f6)
      )
      (local.get $2)
     )
     (v128.const i32x4 0xbc83dbd4 0xbc83dbd4 0xbc83dbd4 0xbc83dbd4)
    )
   )
   (f32x4.add
    (f32x4.mul
     (f32x4.add
      (f32x4.mul
       (f32x4.add
        (f32x4.mul
         (f32x4.add
          (f32x4.mul
           (v128.const i32x4 0xb77460cd 0xb77460cd 0xb77460cd 0xb77460cd)
           (local.get $2)
          )
          (v128.const i32x4 0xb95fbd29 0xb95fbd29 0xb95fbd29 0xb95fbd29)
         )
         (local.get $2)
        )
        (v128.const i32x4 0xbadc924e 0xbadc924e 0xbadc924e 0xbadc924e)
       )
       (local.get $2)
      )
      (v128.const i32x4 0xbbf19bf8 0xbbf19bf8 0xbbf19bf8 0xbbf19bf8)
     )
     (local.get $2)
    )
    (v128.const i32x4 0xbc69b6a7 0xbc69b6a7 0xbc69b6a7 0xbc69b6a7)
   )
  )
 )
 (func $gf_pow_f32x4 (param $0 v128) (param $1 v128) (result v128)
  (local $2 v128)
  (local $3 v128)
  (local $4 v128)
  (local.set $2
   (call $gf_exp_f32x4
    (f32x4.mul
     (local.get $1)
     (call $gf_log_f32x4
      (f32x4.abs
       (local.get $0)
      )
     )
    )
   )
  )
  (local.set $3
   (f32x4.eq
    (f32x4.trunc
     (local.get $1)
    )
    (local.get $1)
   )
  )
  (local.set $4
   (v128.and
    (v128.and
     (local.get $3)
     (f32x4.lt
      (f32x4.abs
       (local.get $1)
      )
      (v128.const i32x4 0x4b800000 0x4b800000 0x4b800000 0x4b800000)
     )
    )
    (i32x4.ne
     (v128.and
      (i32x4.trunc_sat_f32x4_s
       (local.get $1)
      )
      (v128.const i32x4 0x00000001 0x00000001 0x00000001 0x00000001)
     )
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
   )
  )
  (local.set $2
   (v128.or
    (local.get $2)
    (v128.and
     (v128.and
      (local.get $0)
      (v128.const i32x4 0x80000000 0x80000000 0x80000000 0x80000000)
     )
     (local.get $4)
    )
   )
  )
  (local.set $2
   (v128.bitselect
    (v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000)
    (local.get $2)
    (v128.andnot
     (v128.and
      (f32x4.lt
       (local.get $0)
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
      (f32x4.ne
       (local.get $0)
       (v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000)
      )
     )
     (local.get $3)
    )
   )
  )
  (v128.bitselect
   (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
   (local.get $2)
   (f32x4.eq
    (local.get $1)
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
  )
 )
 (func $gf_mix32 (param $0 i32) (result i32)
  (local.set $0
   (i32.xor
    (local.get $0)
    (i32.shr_u
     (local.get $0)
     (i32.const 16)
    )
   )
  )
  (local.set $0
   (i32.mul
    (local.get $0)
    (i32.const 2146121005)
   )
  )
  (local.set $0
   (i32.xor
    (local.get $0)
    (i32.shr_u
     (local.get $0)
     (i32.const 15)
    )
   )
  )
  (local.set $0
   (i32.mul
    (local.get $0)
    (i32.const -2073254261)
   )
  )
  (local.set $0
   (i32.xor
    (local.get $0)
    (i32.shr_u
     (local.get $0)
     (i32.const 16)
    )
   )
  )
  (local.get $0)
 )
 (func $gf_mix32_i32x4 (param $0 v128) (result v128)
  (local.set $0
   (v128.xor
    (local.get $0)
    (i32x4.shr_u
     (local.get $0)
     (i32.const 16)
    )
   )
  )
  (local.set $0
   (i32x4.mul
    (local.get $0)
    (v128.const i32x4 0x7feb352d 0x7feb352d 0x7feb352d 0x7feb352d)
   )
  )
  (local.set $0
   (v128.xor
    (local.get $0)
    (i32x4.shr_u
     (local.get $0)
     (i32.const 15)
    )
   )
  )
  (local.set $0
   (i32x4.mul
    (local.get $0)
    (v128.const i32x4 0x846ca68b 0x846ca68b 0x846ca68b 0x846ca68b)
   )
  )
  (local.set $0
   (v128.xor
    (local.get $0)
    (i32x4.shr_u
     (local.get $0)
     (i32.const 16)
    )
   )
  )
  (local.get $0)
 )
 (func $first_non_finite (param $0 i32) (param $1 i32) (result i32)
  (local $2 i32)
  (local.set $2
   (i32.const 0)
  )
  (block $blocks
   (loop $block
    (br_if $blocks
     (i32.ge_u
      (local.get $2)
      (i32.and
       (local.get $1)
       (i32.const -16)
      )
     )
    )
    (br_if $blocks
     (v128.any_true
      (v128.or
       (v128.or
        (v128.or
         (i32x4.eq
          (v128.and
           (v128.load align=4
            (i32.add
             (local.get $0)
             (i32.shl
              (local.get $2)
              (i32.const 2)
             )
            )
           )
           (v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000)
          )
          (v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000)
         )
         (i32x4.eq
          (v128.and
           (v128.load offset=16 align=4
            (i32.add
             (local.get $0)
             (i32.shl
              (local.get $2)
              (i32.const 2)
             )
            )
           )
           (v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000)
          )
          (v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000)
         )
        )
        (i32x4.eq
         (v128.and
          (v128.load offset=32 align=4
           (i32.add
            (local.get $0)
            (i32.shl
             (local.get $2)
             (i32.const 2)
            )
           )
          )
          (v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000)
         )
         (v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000)
        )
       )
       (i32x4.eq
        (v128.and
         (v128.load offset=48 align=4
          (i32.add
           (local.get $0)
           (i32.shl
            (local.get $2)
            (i32.const 2)
           )
          )
         )
         (v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000)
        )
        (v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000)
       )
      )
     )
    )
    (local.set $2
     (i32.add
      (local.get $2)
      (i32.const 16)
     )
    )
    (br $block)
   )
  )
  (block $scalars
   (loop $scalar
    (br_if $scalars
     (i32.ge_u
      (local.get $2)
      (local.get $1)
     )
    )
    (if
     (i32.eq
      (i32.and
       (i32.load
        (i32.add
         (local.get $0)
         (i32.shl
          (local.get $2)
          (i32.const 2)
         )
        )
       )
       (i32.const 2139095040)
      )
      (i32.const 2139095040)
     )
     (then
      (return
       (local.get $2)
      )
     )
    )
    (local.set $2
     (i32.add
      (local.get $2)
      (i32.const 1)
     )
    )
    (br $scalar)
   )
  )
  (i32.const -1)
 )
 (func $k0_embed_gather_reshape (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 i32)
  (local $14 i32)
  (local $15 i32)
  (local $16 i32)
  (local $17 i32)
  (local $18 f32)
  (local $19 f32)
  (local $20 f32)
  (block
   (local.set $7
    (local.get $1)
   )
   (if
    (i32.lt_s
     (local.get $7)
     (select
      (local.get $2)
      (i32.const 32)
      (i32.lt_s
       (local.get $2)
       (i32.const 32)
      )
     )
    )
    (then
     (loop $tile2
      (block
       (local.set $8
        (i32.const 0)
       )
       (loop $for1
        (block
         (local.set $9
          (i32.const 0)
         )
         (loop $for0
          (local.set $10
           (i32.add
            (i32.add
             (i32.mul
              (local.get $7)
              (i32.const 12800)
             )
             (i32.mul
              (local.get $8)
              (i32.const 64)
             )
            )
            (local.get $9)
           )
          )
          (local.set $11
           (i32.div_u
            (local.get $10)
            (i32.const 12800)
           )
          )
          (local.set $12
           (i32.rem_u
            (i32.div_u
             (local.get $10)
             (i32.const 64)
            )
            (i32.const 200)
           )
          )
          (local.set $13
           (i32.rem_u
            (local.get $10)
            (i32.const 64)
           )
          )
          (local.set $14
           (i32.add
            (i32.mul
             (local.get $11)
             (i32.const 200)
            )
            (local.get $12)
           )
          )
          (local.set $15
           (i32.load offset=5318960
            (i32.shl
             (local.get $14)
             (i32.const 2)
            )
           )
          )
          (local.set $16
           (select
            (i32.const 0)
            (select
             (i32.const 19999)
             (local.get $15)
             (i32.gt_s
              (local.get $15)
              (i32.const 19999)
             )
            )
            (i32.lt_s
             (local.get $15)
             (i32.const 0)
            )
           )
          )
          (local.set $17
           (i32.add
            (i32.mul
             (local.get $16)
             (i32.const 64)
            )
            (local.get $13)
           )
          )
          (local.set $18
           (f32.load
            (i32.shl
             (local.get $17)
             (i32.const 2)
            )
           )
          )
          (local.set $19
           (local.get $18)
          )
          (local.set $20
           (local.get $19)
          )
          (f32.store offset=5344688
           (i32.shl
            (local.get $10)
            (i32.const 2)
           )
           (local.get $20)
          )
          (local.set $9
           (i32.add
            (local.get $9)
            (i32.const 1)
           )
          )
          (br_if $for0
           (i32.lt_s
            (local.get $9)
            (i32.const 64)
           )
          )
         )
        )
        (local.set $8
         (i32.add
          (local.get $8)
          (i32.const 1)
         )
        )
        (br_if $for1
         (i32.lt_s
          (local.get $8)
          (i32.const 200)
         )
        )
       )
      )
      (local.set $7
       (i32.add
        (local.get $7)
        (i32.const 1)
       )
      )
      (br_if $tile2
       (i32.lt_s
        (local.get $7)
        (select
         (local.get $2)
         (i32.const 32)
         (i32.lt_s
          (local.get $2)
          (i32.const 32)
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k1_conv3_reshape (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 v128)
  (local $5 v128)
  (block
   (local.set $3
    (i32.mul
     (local.get $1)
     (i32.const 4096)
    )
   )
   (if
    (i32.lt_s
     (local.get $3)
     (select
      (i32.mul
       (local.get $2)
       (i32.const 4096)
      )
      (i32.const 12288)
      (i32.lt_s
       (i32.mul
        (local.get $2)
        (i32.const 4096)
       )
       (i32.const 12288)
      )
     )
    )
    (then
     (loop $tile0
      (local.set $4
       (v128.load offset=5120000 align=4
        (i32.shl
         (local.get $3)
         (i32.const 2)
        )
       )
      )
      (local.set $5
       (local.get $4)
      )
      (v128.store offset=6983088 align=4
       (i32.shl
        (local.get $3)
        (i32.const 2)
       )
       (local.get $5)
      )
      (local.set $3
       (i32.add
        (local.get $3)
        (i32.const 4)
       )
      )
      (br_if $tile0
       (i32.lt_s
        (local.get $3)
        (select
         (i32.mul
          (local.get $2)
          (i32.const 4096)
         )
         (i32.const 12288)
         (i32.lt_s
          (i32.mul
           (local.get $2)
           (i32.const 4096)
          )
          (i32.const 12288)
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k2_conv3_conv2d_add_compare_where_gemm (param $0 i32) (param $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 i32)
  (local $22 v128)
  (local $23 i32)
  (local $24 i32)
  (local $25 i32)
  (local $26 i32)
  (local $27 i32)
  (local $28 i32)
  (local $29 i32)
  (local $30 v128)
  (local $31 v128)
  (local $32 v128)
  (local $33 v128)
  (local $34 v128)
  (local $35 i32)
  (local $36 i32)
  (local $37 i32)
  (local $38 i32)
  (local $39 i32)
  (local $40 i32)
  (local $41 i32)
  (local $42 v128)
  (local $43 v128)
  (local $44 v128)
  (local $45 v128)
  (local $46 v128)
  (local $47 i32)
  (local $48 i32)
  (local $49 i32)
  (local $50 i32)
  (local $51 i32)
  (local $52 i32)
  (local $53 i32)
  (local $54 v128)
  (local $55 v128)
  (local $56 v128)
  (local $57 v128)
  (local $58 v128)
  (local $59 i32)
  (local $60 i32)
  (local $61 i32)
  (local $62 i32)
  (local $63 i32)
  (local $64 i32)
  (local $65 i32)
  (local $66 v128)
  (local $67 v128)
  (local $68 v128)
  (local $69 v128)
  (local $70 v128)
  (local $71 i32)
  (local $72 i32)
  (local $73 i32)
  (local $74 i32)
  (local $75 i32)
  (local $76 i32)
  (local $77 i32)
  (local $78 v128)
  (local $79 v128)
  (local $80 v128)
  (local $81 v128)
  (local $82 v128)
  (local $83 i32)
  (local $84 i32)
  (local $85 i32)
  (local $86 i32)
  (local $87 i32)
  (local $88 i32)
  (local $89 i32)
  (local $90 v128)
  (local $91 v128)
  (local $92 v128)
  (local $93 v128)
  (local $94 v128)
  (local $95 i32)
  (local $96 i32)
  (local $97 i32)
  (local $98 i32)
  (local $99 i32)
  (local $100 i32)
  (local $101 i32)
  (local $102 v128)
  (local $103 v128)
  (local $104 v128)
  (local $105 v128)
  (local $106 v128)
  (local $107 i32)
  (local $108 i32)
  (local $109 i32)
  (local $110 i32)
  (local $111 i32)
  (local $112 i32)
  (local $113 i32)
  (local $114 v128)
  (local $115 v128)
  (local $116 v128)
  (local $117 v128)
  (local $118 i32)
  (local $119 i32)
  (block
   (local.set $2
    (local.get $0)
   )
   (if
    (i32.lt_s
     (local.get $2)
     (select
      (local.get $1)
      (i32.const 32)
      (i32.lt_s
       (local.get $1)
       (i32.const 32)
      )
     )
    )
    (then
     (loop $block3
      (local.set $21
       (i32.mul
        (local.get $2)
        (i32.const 200)
       )
      )
      (local.set $4
       (i32.const 0)
      )
      (local.set $5
       (i32.const 0)
      )
      (block
       (local.set $119
        (i32.const 8)
       )
       (loop $panel0
        (local.set $3
         (local.get $21)
        )
        (block
         (local.set $118
          (i32.const 50)
         )
         (loop $rows1
          (local.set $6
           (i32.mul
            (local.get $3)
            (i32.const 768)
           )
          )
          (local.set $7
           (local.get $5)
          )
          (local.set $10
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
          (local.set $11
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
          (local.set $12
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
          (local.set $13
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
          (local.set $14
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
          (local.set $15
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
          (local.set $16
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
          (local.set $17
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
          (local.set $8
           (i32.add
            (local.get $7)
            (i32.const 6144)
           )
          )
          (loop $k2
           (local.set $18
            (v128.load offset=13635008 align=4
             (local.get $7)
            )
           )
           (local.set $19
            (v128.load offset=13635024 align=4
             (local.get $7)
            )
           )
           (local.set $20
            (v128.load32_splat offset=8719808
             (local.get $6)
            )
           )
           (local.set $10
            (f32x4.add
             (local.get $10)
             (f32x4.mul
              (local.get $20)
              (local.get $18)
             )
            )
           )
           (local.set $11
            (f32x4.add
             (local.get $11)
             (f32x4.mul
              (local.get $20)
              (local.get $19)
             )
            )
           )
           (local.set $20
            (v128.load32_splat offset=8720576
             (local.get $6)
            )
           )
           (local.set $12
            (f32x4.add
             (local.get $12)
             (f32x4.mul
              (local.get $20)
              (local.get $18)
             )
            )
           )
           (local.set $13
            (f32x4.add
             (local.get $13)
             (f32x4.mul
              (local.get $20)
              (local.get $19)
             )
            )
           )
           (local.set $20
            (v128.load32_splat offset=8721344
             (local.get $6)
            )
           )
           (local.set $14
            (f32x4.add
             (local.get $14)
             (f32x4.mul
              (local.get $20)
              (local.get $18)
             )
            )
           )
           (local.set $15
            (f32x4.add
             (local.get $15)
             (f32x4.mul
              (local.get $20)
              (local.get $19)
             )
            )
           )
           (local.set $20
            (v128.load32_splat offset=8722112
             (local.get $6)
            )
           )
           (local.set $16
            (f32x4.add
             (local.get $16)
             (f32x4.mul
              (local.get $20)
              (local.get $18)
             )
            )
           )
           (local.set $17
            (f32x4.add
             (local.get $17)
             (f32x4.mul
              (local.get $20)
              (local.get $19)
             )
            )
           )
           (local.set $6
            (i32.add
             (local.get $6)
             (i32.const 4)
            )
           )
           (local.set $7
            (i32.add
             (local.get $7)
             (i32.const 32)
            )
           )
           (br_if $k2
            (i32.ne
             (local.get $7)
             (local.get $8)
            )
           )
          )
          (local.set $9
           (i32.add
            (i32.mul
             (local.get $3)
             (i32.const 256)
            )
            (i32.shl
             (local.get $4)
             (i32.const 2)
            )
           )
          )
          (v128.store offset=7032240 align=4
           (local.get $9)
           (block (result v128)
            (local.set $22
             (local.get $10)
            )
            (local.set $23
             (local.get $3)
            )
            (local.set $24
             (local.get $4)
            )
            (local.set $25
             (i32.div_u
              (local.get $23)
              (i32.const 200)
             )
            )
            (local.set $26
             (i32.rem_u
              (i32.div_u
               (local.get $23)
               (i32.const 200)
              )
              (i32.const 1)
             )
            )
            (local.set $27
             (i32.rem_u
              (local.get $23)
              (i32.const 200)
             )
            )
            (local.set $28
             (i32.add
              (i32.mul
               (local.get $23)
               (i32.const 64)
              )
              (local.get $24)
             )
            )
            (local.set $29
             (local.get $24)
            )
            (local.set $30
             (v128.load offset=5169152 align=4
              (i32.shl
               (local.get $29)
               (i32.const 2)
              )
             )
            )
            (local.set $31
             (f32x4.add
              (local.get $22)
              (local.get $30)
             )
            )
            (local.set $32
             (v128.and
              (f32x4.gt
               (local.get $31)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
              (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
             )
            )
            (local.set $33
             (v128.bitselect
              (local.get $31)
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              (f32x4.ne
               (local.get $32)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
             )
            )
            (local.get $33)
           )
          )
          (v128.store offset=7032256 align=4
           (local.get $9)
           (block (result v128)
            (local.set $34
             (local.get $11)
            )
            (local.set $35
             (local.get $3)
            )
            (local.set $36
             (i32.add
              (local.get $4)
              (i32.const 4)
             )
            )
            (local.set $37
             (i32.div_u
              (local.get $35)
              (i32.const 200)
             )
            )
            (local.set $38
             (i32.rem_u
              (i32.div_u
               (local.get $35)
               (i32.const 200)
              )
              (i32.const 1)
             )
            )
            (local.set $39
             (i32.rem_u
              (local.get $35)
              (i32.const 200)
             )
            )
            (local.set $40
             (i32.add
              (i32.mul
               (local.get $35)
               (i32.const 64)
              )
              (local.get $36)
             )
            )
            (local.set $41
             (local.get $36)
            )
            (local.set $42
             (v128.load offset=5169152 align=4
              (i32.shl
               (local.get $41)
               (i32.const 2)
              )
             )
            )
            (local.set $43
             (f32x4.add
              (local.get $34)
              (local.get $42)
             )
            )
            (local.set $44
             (v128.and
              (f32x4.gt
               (local.get $43)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
              (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
             )
            )
            (local.set $45
             (v128.bitselect
              (local.get $43)
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              (f32x4.ne
               (local.get $44)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
             )
            )
            (local.get $45)
           )
          )
          (v128.store offset=7032496 align=4
           (local.get $9)
           (block (result v128)
            (local.set $46
             (local.get $12)
            )
            (local.set $47
             (i32.add
              (local.get $3)
              (i32.const 1)
             )
            )
            (local.set $48
             (local.get $4)
            )
            (local.set $49
             (i32.div_u
              (local.get $47)
              (i32.const 200)
             )
            )
            (local.set $50
             (i32.rem_u
              (i32.div_u
               (local.get $47)
               (i32.const 200)
              )
              (i32.const 1)
             )
            )
            (local.set $51
             (i32.rem_u
              (local.get $47)
              (i32.const 200)
             )
            )
            (local.set $52
             (i32.add
              (i32.mul
               (local.get $47)
               (i32.const 64)
              )
              (local.get $48)
             )
            )
            (local.set $53
             (local.get $48)
            )
            (local.set $54
             (v128.load offset=5169152 align=4
              (i32.shl
               (local.get $53)
               (i32.const 2)
              )
             )
            )
            (local.set $55
             (f32x4.add
              (local.get $46)
              (local.get $54)
             )
            )
            (local.set $56
             (v128.and
              (f32x4.gt
               (local.get $55)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
              (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
             )
            )
            (local.set $57
             (v128.bitselect
              (local.get $55)
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              (f32x4.ne
               (local.get $56)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
             )
            )
            (local.get $57)
           )
          )
          (v128.store offset=7032512 align=4
           (local.get $9)
           (block (result v128)
            (local.set $58
             (local.get $13)
            )
            (local.set $59
             (i32.add
              (local.get $3)
              (i32.const 1)
             )
            )
            (local.set $60
             (i32.add
              (local.get $4)
              (i32.const 4)
             )
            )
            (local.set $61
             (i32.div_u
              (local.get $59)
              (i32.const 200)
             )
            )
            (local.set $62
             (i32.rem_u
              (i32.div_u
               (local.get $59)
               (i32.const 200)
              )
              (i32.const 1)
             )
            )
            (local.set $63
             (i32.rem_u
              (local.get $59)
              (i32.const 200)
             )
            )
            (local.set $64
             (i32.add
              (i32.mul
               (local.get $59)
               (i32.const 64)
              )
              (local.get $60)
             )
            )
            (local.set $65
             (local.get $60)
            )
            (local.set $66
             (v128.load offset=5169152 align=4
              (i32.shl
               (local.get $65)
               (i32.const 2)
              )
             )
            )
            (local.set $67
             (f32x4.add
              (local.get $58)
              (local.get $66)
             )
            )
            (local.set $68
             (v128.and
              (f32x4.gt
               (local.get $67)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
              (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
             )
            )
            (local.set $69
             (v128.bitselect
              (local.get $67)
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              (f32x4.ne
               (local.get $68)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
             )
            )
            (local.get $69)
           )
          )
          (v128.store offset=7032752 align=4
           (local.get $9)
           (block (result v128)
            (local.set $70
             (local.get $14)
            )
            (local.set $71
             (i32.add
              (local.get $3)
              (i32.const 2)
             )
            )
            (local.set $72
             (local.get $4)
            )
            (local.set $73
             (i32.div_u
              (local.get $71)
              (i32.const 200)
             )
            )
            (local.set $74
             (i32.rem_u
              (i32.div_u
               (local.get $71)
               (i32.const 200)
              )
              (i32.const 1)
             )
            )
            (local.set $75
             (i32.rem_u
              (local.get $71)
              (i32.const 200)
             )
            )
            (local.set $76
             (i32.add
              (i32.mul
               (local.get $71)
               (i32.const 64)
              )
              (local.get $72)
             )
            )
            (local.set $77
             (local.get $72)
            )
            (local.set $78
             (v128.load offset=5169152 align=4
              (i32.shl
               (local.get $77)
               (i32.const 2)
              )
             )
            )
            (local.set $79
             (f32x4.add
              (local.get $70)
              (local.get $78)
             )
            )
            (local.set $80
             (v128.and
              (f32x4.gt
               (local.get $79)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
              (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
             )
            )
            (local.set $81
             (v128.bitselect
              (local.get $79)
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              (f32x4.ne
               (local.get $80)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
             )
            )
            (local.get $81)
           )
          )
          (v128.store offset=7032768 align=4
           (local.get $9)
           (block (result v128)
            (local.set $82
             (local.get $15)
            )
            (local.set $83
             (i32.add
              (local.get $3)
              (i32.const 2)
             )
            )
            (local.set $84
             (i32.add
              (local.get $4)
              (i32.const 4)
             )
            )
            (local.set $85
             (i32.div_u
              (local.get $83)
              (i32.const 200)
             )
            )
            (local.set $86
             (i32.rem_u
              (i32.div_u
               (local.get $83)
               (i32.const 200)
              )
              (i32.const 1)
             )
            )
            (local.set $87
             (i32.rem_u
              (local.get $83)
              (i32.const 200)
             )
            )
            (local.set $88
             (i32.add
              (i32.mul
               (local.get $83)
               (i32.const 64)
              )
              (local.get $84)
             )
            )
            (local.set $89
             (local.get $84)
            )
            (local.set $90
             (v128.load offset=5169152 align=4
              (i32.shl
               (local.get $89)
               (i32.const 2)
              )
             )
            )
            (local.set $91
             (f32x4.add
              (local.get $82)
              (local.get $90)
             )
            )
            (local.set $92
             (v128.and
              (f32x4.gt
               (local.get $91)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
              (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
             )
            )
            (local.set $93
             (v128.bitselect
              (local.get $91)
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              (f32x4.ne
               (local.get $92)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
             )
            )
            (local.get $93)
           )
          )
          (v128.store offset=7033008 align=4
           (local.get $9)
           (block (result v128)
            (local.set $94
             (local.get $16)
            )
            (local.set $95
             (i32.add
              (local.get $3)
              (i32.const 3)
             )
            )
            (local.set $96
             (local.get $4)
            )
            (local.set $97
             (i32.div_u
              (local.get $95)
              (i32.const 200)
             )
            )
            (local.set $98
             (i32.rem_u
              (i32.div_u
               (local.get $95)
               (i32.const 200)
              )
              (i32.const 1)
             )
            )
            (local.set $99
             (i32.rem_u
              (local.get $95)
              (i32.const 200)
             )
            )
            (local.set $100
             (i32.add
              (i32.mul
               (local.get $95)
               (i32.const 64)
              )
              (local.get $96)
             )
            )
            (local.set $101
             (local.get $96)
            )
            (local.set $102
             (v128.load offset=5169152 align=4
              (i32.shl
               (local.get $101)
               (i32.const 2)
              )
             )
            )
            (local.set $103
             (f32x4.add
              (local.get $94)
              (local.get $102)
             )
            )
            (local.set $104
             (v128.and
              (f32x4.gt
               (local.get $103)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
              (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
             )
            )
            (local.set $105
             (v128.bitselect
              (local.get $103)
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              (f32x4.ne
               (local.get $104)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
             )
            )
            (local.get $105)
           )
          )
          (v128.store offset=7033024 align=4
           (local.get $9)
           (block (result v128)
            (local.set $106
             (local.get $17)
            )
            (local.set $107
             (i32.add
              (local.get $3)
              (i32.const 3)
             )
            )
            (local.set $108
             (i32.add
              (local.get $4)
              (i32.const 4)
             )
            )
            (local.set $109
             (i32.div_u
              (local.get $107)
              (i32.const 200)
             )
            )
            (local.set $110
             (i32.rem_u
              (i32.div_u
               (local.get $107)
               (i32.const 200)
              )
              (i32.const 1)
             )
            )
            (local.set $111
             (i32.rem_u
              (local.get $107)
              (i32.const 200)
             )
            )
            (local.set $112
             (i32.add
              (i32.mul
               (local.get $107)
               (i32.const 64)
              )
              (local.get $108)
             )
            )
            (local.set $113
             (local.get $108)
            )
            (local.set $114
             (v128.load offset=5169152 align=4
              (i32.shl
               (local.get $113)
               (i32.const 2)
              )
             )
            )
            (local.set $115
             (f32x4.add
              (local.get $106)
              (local.get $114)
             )
            )
            (local.set $116
             (v128.and
              (f32x4.gt
               (local.get $115)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
              (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
             )
            )
            (local.set $117
             (v128.bitselect
              (local.get $115)
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              (f32x4.ne
               (local.get $116)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
             )
            )
            (local.get $117)
           )
          )
          (local.set $3
           (i32.add
            (local.get $3)
            (i32.const 4)
           )
          )
          (br_if $rows1
           (i32.ne
            (local.tee $118
             (i32.sub
              (local.get $118)
              (i32.const 1)
             )
            )
            (i32.const 0)
           )
          )
         )
        )
        (local.set $4
         (i32.add
          (local.get $4)
          (i32.const 8)
         )
        )
        (local.set $5
         (i32.add
          (local.get $5)
          (i32.const 6144)
         )
        )
        (br_if $panel0
         (i32.ne
          (local.tee $119
           (i32.sub
            (local.get $119)
            (i32.const 1)
           )
          )
          (i32.const 0)
         )
        )
       )
      )
      (local.set $2
       (i32.add
        (local.get $2)
        (i32.const 1)
       )
      )
      (br_if $block3
       (i32.lt_s
        (local.get $2)
        (select
         (local.get $1)
         (i32.const 32)
         (i32.lt_s
          (local.get $1)
          (i32.const 32)
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k2_conv3_conv2d_add_compare_where_gemm_pack (param $0 i32) (param $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 i32)
  (local $22 i32)
  (local $23 i32)
  (local $24 i32)
  (local $25 i32)
  (local.set $21
   (i32.const 0)
  )
  (local.set $22
   (i32.const 0)
  )
  (block
   (local.set $25
    (i32.const 192)
   )
   (loop $packk0
    (block
     (local.set $2
      (local.get $0)
     )
     (if
      (i32.lt_s
       (local.get $2)
       (select
        (local.get $1)
        (i32.const 8)
        (i32.lt_s
         (local.get $1)
         (i32.const 8)
        )
       )
      )
      (then
       (loop $packp1
        (local.set $23
         (i32.add
          (local.get $21)
          (i32.mul
           (local.get $2)
           (i32.const 32)
          )
         )
        )
        (local.set $24
         (i32.add
          (i32.mul
           (local.get $22)
           (i32.const 32)
          )
          (i32.mul
           (local.get $2)
           (i32.const 6144)
          )
         )
        )
        (v128.store offset=13635008 align=4
         (local.get $24)
         (v128.load offset=6983088 align=4
          (local.get $23)
         )
        )
        (v128.store offset=13635024 align=4
         (local.get $24)
         (v128.load offset=6983104 align=4
          (local.get $23)
         )
        )
        (local.set $2
         (i32.add
          (local.get $2)
          (i32.const 1)
         )
        )
        (br_if $packp1
         (i32.lt_s
          (local.get $2)
          (select
           (local.get $1)
           (i32.const 8)
           (i32.lt_s
            (local.get $1)
            (i32.const 8)
           )
          )
         )
        )
       )
      )
     )
    )
    (local.set $21
     (i32.add
      (local.get $21)
      (i32.const 256)
     )
    )
    (local.set $22
     (i32.add
      (local.get $22)
      (i32.const 1)
     )
    )
    (br_if $packk0
     (i32.ne
      (local.tee $25
       (i32.sub
        (local.get $25)
        (i32.const 1)
       )
      )
      (i32.const 0)
     )
    )
   )
  )
 )
 (func $k2_conv3_conv2d_add_compare_where (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 i32)
  (local $14 i32)
  (local $15 i32)
  (local $16 i32)
  (local $17 i32)
  (local $18 i32)
  (local $19 i32)
  (local $20 i32)
  (local $21 i32)
  (local $22 i32)
  (local $23 f32)
  (local $24 i32)
  (local $25 i32)
  (local $26 i32)
  (local $27 i32)
  (local $28 i32)
  (local $29 i32)
  (local $30 i32)
  (local $31 i32)
  (local $32 i32)
  (local $33 i32)
  (local $34 i32)
  (local $35 i32)
  (local $36 i32)
  (local $37 i32)
  (local $38 i32)
  (local $39 v128)
  (local $40 i32)
  (local $41 v128)
  (local $42 v128)
  (local $43 v128)
  (local $44 v128)
  (if
   (i32.eq
    (local.get $0)
    (i32.const 0)
   )
   (then
    (i32.store
     (i32.const 13684160)
     (i32.ge_s
      (call $first_non_finite
       (i32.const 6983088)
       (i32.const 12288)
      )
      (i32.const 0)
     )
    )
   )
   (else
    (if
     (i32.eq
      (local.get $0)
      (i32.const 1)
     )
     (then
      (if
       (i32.eqz
        (i32.load
         (i32.const 13684160)
        )
       )
       (then
        (call $k2_conv3_conv2d_add_compare_where_gemm_pack
         (local.get $1)
         (local.get $2)
        )
       )
      )
     )
     (else
      (if
       (i32.eq
        (local.get $0)
        (i32.const 2)
       )
       (then
        (if
         (i32.eqz
          (i32.load
           (i32.const 13684160)
          )
         )
         (then
          (block
           (local.set $3
            (local.get $1)
           )
           (if
            (i32.lt_s
             (local.get $3)
             (select
              (local.get $2)
              (i32.const 32)
              (i32.lt_s
               (local.get $2)
               (i32.const 32)
              )
             )
            )
            (then
             (loop $block3
              (local.set $4
               (i32.mul
                (local.get $3)
                (i32.const 1)
               )
              )
              (local.set $5
               (i32.add
                (local.get $4)
                (i32.const 1)
               )
              )
              (block
               (local.set $17
                (local.get $4)
               )
               (if
                (i32.lt_s
                 (local.get $17)
                 (select
                  (local.get $5)
                  (i32.const 32)
                  (i32.lt_s
                   (local.get $5)
                   (i32.const 32)
                  )
                 )
                )
                (then
                 (loop $tile2
                  (local.set $6
                   (i32.div_u
                    (local.get $17)
                    (i32.const 1)
                   )
                  )
                  (local.set $7
                   (i32.rem_u
                    (local.get $17)
                    (i32.const 1)
                   )
                  )
                  (local.set $16
                   (i32.mul
                    (local.get $17)
                    (i32.const 200)
                   )
                  )
                  (block
                   (local.set $8
                    (i32.const 0)
                   )
                   (loop $for1
                    (local.set $13
                     (i32.sub
                      (i32.mul
                       (local.get $8)
                       (i32.const 1)
                      )
                      (i32.const 1)
                     )
                    )
                    (block
                     (local.set $9
                      (i32.const 0)
                     )
                     (local.set $11
                      (i32.add
                       (i32.mul
                        (local.get $7)
                        (i32.const 1)
                       )
                       (i32.sub
                        (i32.mul
                         (local.get $9)
                         (i32.const 1)
                        )
                        (i32.const 0)
                       )
                      )
                     )
                     (if
                      (i32.lt_u
                       (local.get $11)
                       (i32.const 1)
                      )
                      (then
                       (if
                        (i32.le_u
                         (local.get $13)
                         (i32.const 197)
                        )
                        (then
                         (local.set $14
                          (i32.mul
                           (i32.add
                            (i32.mul
                             (i32.add
                              (i32.mul
                               (local.get $6)
                               (i32.const 1)
                              )
                              (local.get $11)
                             )
                             (i32.const 200)
                            )
                            (local.get $13)
                           )
                           (i32.const 256)
                          )
                         )
                         (local.set $15
                          (i32.mul
                           (i32.add
                            (i32.mul
                             (i32.add
                              (i32.mul
                               (local.get $16)
                               (i32.const 1)
                              )
                              (local.get $9)
                             )
                             (i32.const 3)
                            )
                            (i32.const 0)
                           )
                           (i32.const 256)
                          )
                         )
                         (memory.copy
                          (i32.add
                           (local.get $15)
                           (i32.const 8719808)
                          )
                          (i32.add
                           (local.get $14)
                           (i32.const 5344688)
                          )
                          (i32.const 768)
                         )
                        )
                        (else
                         (local.set $10
                          (i32.const 0)
                         )
                         (loop $for0
                          (local.set $12
                           (i32.add
                            (local.get $13)
                            (i32.mul
                             (local.get $10)
                             (i32.const 1)
                            )
                           )
                          )
                          (local.set $15
                           (i32.mul
                            (i32.add
                             (i32.mul
                              (i32.add
                               (i32.mul
                                (local.get $16)
                                (i32.const 1)
                               )
                               (local.get $9)
                              )
                              (i32.const 3)
                             )
                             (local.get $10)
                            )
                            (i32.const 256)
                           )
                          )
                          (if
                           (i32.lt_u
                            (local.get $12)
                            (i32.const 200)
                           )
                           (then
                            (local.set $14
                             (i32.mul
                              (i32.add
                               (i32.mul
                                (i32.add
                                 (i32.mul
                                  (local.get $6)
                                  (i32.const 1)
                                 )
                                 (local.get $11)
                                )
                                (i32.const 200)
                               )
                               (local.get $12)
                              )
                              (i32.const 256)
                             )
                            )
                            (memory.copy
                             (i32.add
                              (local.get $15)
                              (i32.const 8719808)
                             )
                             (i32.add
                              (local.get $14)
                              (i32.const 5344688)
                             )
                             (i32.const 256)
                            )
                           )
                           (else
                            (memory.fill
                             (i32.add
                              (local.get $15)
                              (i32.const 8719808)
                             )
                             (i32.const 0)
                             (i32.const 256)
                            )
                           )
                          )
                          (local.set $10
                           (i32.add
                            (local.get $10)
                            (i32.const 1)
                           )
                          )
                          (br_if $for0
                           (i32.lt_s
                            (local.get $10)
                            (i32.const 3)
                           )
                          )
                         )
                        )
                       )
                      )
                      (else
                       (local.set $15
                        (i32.mul
                         (i32.add
                          (i32.mul
                           (i32.add
                            (i32.mul
                             (local.get $16)
                             (i32.const 1)
                            )
                            (local.get $9)
                           )
                           (i32.const 3)
                          )
                          (i32.const 0)
                         )
                         (i32.const 256)
                        )
                       )
                       (memory.fill
                        (i32.add
                         (local.get $15)
                         (i32.const 8719808)
                        )
                        (i32.const 0)
                        (i32.const 768)
                       )
                      )
                     )
                    )
                    (local.set $16
                     (i32.add
                      (local.get $16)
                      (i32.const 1)
                     )
                    )
                    (local.set $8
                     (i32.add
                      (local.get $8)
                      (i32.const 1)
                     )
                    )
                    (br_if $for1
                     (i32.lt_s
                      (local.get $8)
                      (i32.const 200)
                     )
                    )
                   )
                  )
                  (local.set $17
                   (i32.add
                    (local.get $17)
                    (i32.const 1)
                   )
                  )
                  (br_if $tile2
                   (i32.lt_s
                    (local.get $17)
                    (select
                     (local.get $5)
                     (i32.const 32)
                     (i32.lt_s
                      (local.get $5)
                      (i32.const 32)
                     )
                    )
                   )
                  )
                 )
                )
               )
              )
              (call $k2_conv3_conv2d_add_compare_where_gemm
               (local.get $3)
               (i32.add
                (local.get $3)
                (i32.const 1)
               )
              )
              (local.set $3
               (i32.add
                (local.get $3)
                (i32.const 1)
               )
              )
              (br_if $block3
               (i32.lt_s
                (local.get $3)
                (select
                 (local.get $2)
                 (i32.const 32)
                 (i32.lt_s
                  (local.get $2)
                  (i32.const 32)
                 )
                )
               )
              )
             )
            )
           )
          )
         )
        )
       )
       (else
        (if
         (i32.eq
          (local.get $0)
          (i32.const 3)
         )
         (then
          (if
           (i32.load
            (i32.const 13684160)
           )
           (then
            (local.set $1
             (i32.const 0)
            )
            (local.set $2
             (i32.const 32)
            )
            (memory.fill
             (i32.const 7032240)
             (i32.const 0)
             (i32.const 1638400)
            )
            (block
             (local.set $24
              (local.get $1)
             )
             (if
              (i32.lt_s
               (local.get $24)
               (select
                (local.get $2)
                (i32.const 32)
                (i32.lt_s
                 (local.get $2)
                 (i32.const 32)
                )
               )
              )
              (then
               (loop $tile10
                (local.set $34
                 (i32.mul
                  (local.get $24)
                  (i32.const 200)
                 )
                )
                (block
                 (local.set $25
                  (i32.const 0)
                 )
                 (block
                  (local.set $26
                   (i32.const 0)
                  )
                  (loop $for9
                   (local.set $31
                    (i32.sub
                     (i32.mul
                      (local.get $26)
                      (i32.const 1)
                     )
                     (i32.const 1)
                    )
                   )
                   (block
                    (local.set $27
                     (i32.const 0)
                    )
                    (local.set $29
                     (i32.add
                      (i32.mul
                       (local.get $25)
                       (i32.const 1)
                      )
                      (i32.sub
                       (i32.mul
                        (local.get $27)
                        (i32.const 1)
                       )
                       (i32.const 0)
                      )
                     )
                    )
                    (if
                     (i32.lt_u
                      (local.get $29)
                      (i32.const 1)
                     )
                     (then
                      (if
                       (i32.le_u
                        (local.get $31)
                        (i32.const 197)
                       )
                       (then
                        (local.set $32
                         (i32.mul
                          (i32.add
                           (i32.mul
                            (i32.add
                             (i32.mul
                              (local.get $24)
                              (i32.const 1)
                             )
                             (local.get $29)
                            )
                            (i32.const 200)
                           )
                           (local.get $31)
                          )
                          (i32.const 256)
                         )
                        )
                        (local.set $33
                         (i32.mul
                          (i32.add
                           (i32.mul
                            (i32.add
                             (i32.mul
                              (local.get $34)
                              (i32.const 1)
                             )
                             (local.get $27)
                            )
                            (i32.const 3)
                           )
                           (i32.const 0)
                          )
                          (i32.const 256)
                         )
                        )
                        (block
                         (local.set $18
                          (i32.const 0)
                         )
                         (loop $for8
                          (local.set $23
                           (f32.load offset=5344688
                            (i32.add
                             (local.get $32)
                             (i32.shl
                              (local.get $18)
                              (i32.const 2)
                             )
                            )
                           )
                          )
                          (local.set $20
                           (i32.div_u
                            (i32.shr_u
                             (local.get $33)
                             (i32.const 2)
                            )
                            (i32.const 192)
                           )
                          )
                          (local.set $21
                           (i32.add
                            (i32.rem_u
                             (i32.shr_u
                              (local.get $33)
                              (i32.const 2)
                             )
                             (i32.const 192)
                            )
                            (local.get $18)
                           )
                          )
                          (block
                           (local.set $19
                            (i32.const 0)
                           )
                           (loop $for7
                            (local.set $22
                             (i32.shl
                              (i32.add
                               (i32.mul
                                (local.get $20)
                                (i32.const 64)
                               )
                               (local.get $19)
                              )
                              (i32.const 2)
                             )
                            )
                            (f32.store offset=7032240
                             (local.get $22)
                             (f32.add
                              (f32.load offset=7032240
                               (local.get $22)
                              )
                              (f32.mul
                               (local.get $23)
                               (f32.load offset=6983088
                                (i32.shl
                                 (i32.add
                                  (i32.mul
                                   (local.get $21)
                                   (i32.const 64)
                                  )
                                  (local.get $19)
                                 )
                                 (i32.const 2)
                                )
                               )
                              )
                             )
                            )
                            (local.set $19
                             (i32.add
                              (local.get $19)
                              (i32.const 1)
                             )
                            )
                            (br_if $for7
                             (i32.lt_s
                              (local.get $19)
                              (i32.const 64)
                             )
                            )
                           )
                          )
                          (local.set $18
                           (i32.add
                            (local.get $18)
                            (i32.const 1)
                           )
                          )
                          (br_if $for8
                           (i32.lt_s
                            (local.get $18)
                            (i32.const 192)
                           )
                          )
                         )
                        )
                       )
                       (else
                        (local.set $28
                         (i32.const 0)
                        )
                        (loop $for6
                         (local.set $30
                          (i32.add
                           (local.get $31)
                           (i32.mul
                            (local.get $28)
                            (i32.const 1)
                           )
                          )
                         )
                         (local.set $33
                          (i32.mul
                           (i32.add
                            (i32.mul
                             (i32.add
                              (i32.mul
                               (local.get $34)
                               (i32.const 1)
                              )
                              (local.get $27)
                             )
                             (i32.const 3)
                            )
                            (local.get $28)
                           )
                           (i32.const 256)
                          )
                         )
                         (if
                          (i32.lt_u
                           (local.get $30)
                           (i32.const 200)
                          )
                          (then
                           (local.set $32
                            (i32.mul
                             (i32.add
                              (i32.mul
                               (i32.add
                                (i32.mul
                                 (local.get $24)
                                 (i32.const 1)
                                )
                                (local.get $29)
                               )
                               (i32.const 200)
                              )
                              (local.get $30)
                             )
                             (i32.const 256)
                            )
                           )
                           (block
                            (local.set $18
                             (i32.const 0)
                            )
                            (loop $for5
                             (local.set $23
                              (f32.load offset=5344688
                               (i32.add
                                (local.get $32)
                                (i32.shl
                                 (local.get $18)
                                 (i32.const 2)
                                )
                               )
                              )
                             )
                             (local.set $20
                              (i32.div_u
                               (i32.shr_u
                                (local.get $33)
                                (i32.const 2)
                               )
                               (i32.const 192)
                              )
                             )
                             (local.set $21
                              (i32.add
                               (i32.rem_u
                                (i32.shr_u
                                 (local.get $33)
                                 (i32.const 2)
                                )
                                (i32.const 192)
                               )
                               (local.get $18)
                              )
                             )
                             (block
                              (local.set $19
                               (i32.const 0)
                              )
                              (loop $for4
                               (local.set $22
                                (i32.shl
                                 (i32.add
                                  (i32.mul
                                   (local.get $20)
                                   (i32.const 64)
                                  )
                                  (local.get $19)
                                 )
                                 (i32.const 2)
                                )
                               )
                               (f32.store offset=7032240
                                (local.get $22)
                                (f32.add
                                 (f32.load offset=7032240
                                  (local.get $22)
                                 )
                                 (f32.mul
                                  (local.get $23)
                                  (f32.load offset=6983088
                                   (i32.shl
                                    (i32.add
                                     (i32.mul
                                      (local.get $21)
                                      (i32.const 64)
                                     )
                                     (local.get $19)
                                    )
                                    (i32.const 2)
                                   )
                                  )
                                 )
                                )
                               )
                               (local.set $19
                                (i32.add
                                 (local.get $19)
                                 (i32.const 1)
                                )
                               )
                               (br_if $for4
                                (i32.lt_s
                                 (local.get $19)
                                 (i32.const 64)
                                )
                               )
                              )
                             )
                             (local.set $18
                              (i32.add
                               (local.get $18)
                               (i32.const 1)
                              )
                             )
                             (br_if $for5
                              (i32.lt_s
                               (local.get $18)
                               (i32.const 64)
                              )
                             )
                            )
                           )
                          )
                         )
                         (local.set $28
                          (i32.add
                           (local.get $28)
                           (i32.const 1)
                          )
                         )
                         (br_if $for6
                          (i32.lt_s
                           (local.get $28)
                           (i32.const 3)
                          )
                         )
                        )
                       )
                      )
                     )
                    )
                   )
                   (local.set $34
                    (i32.add
                     (local.get $34)
                     (i32.const 1)
                    )
                   )
                   (local.set $26
                    (i32.add
                     (local.get $26)
                     (i32.const 1)
                    )
                   )
                   (br_if $for9
                    (i32.lt_s
                     (local.get $26)
                     (i32.const 200)
                    )
                   )
                  )
                 )
                )
                (local.set $24
                 (i32.add
                  (local.get $24)
                  (i32.const 1)
                 )
                )
                (br_if $tile10
                 (i32.lt_s
                  (local.get $24)
                  (select
                   (local.get $2)
                   (i32.const 32)
                   (i32.lt_s
                    (local.get $2)
                    (i32.const 32)
                   )
                  )
                 )
                )
               )
              )
             )
            )
           )
          )
         )
         (else
          (if
           (i32.load
            (i32.const 13684160)
           )
           (then
            (block
             (local.set $35
              (local.get $1)
             )
             (if
              (i32.lt_s
               (local.get $35)
               (select
                (local.get $2)
                (i32.const 32)
                (i32.lt_s
                 (local.get $2)
                 (i32.const 32)
                )
               )
              )
              (then
               (loop $tile13
                (block
                 (local.set $36
                  (i32.const 0)
                 )
                 (loop $for12
                  (block
                   (local.set $37
                    (i32.const 0)
                   )
                   (loop $for11
                    (local.set $38
                     (i32.add
                      (i32.add
                       (i32.mul
                        (local.get $35)
                        (i32.const 12800)
                       )
                       (i32.mul
                        (local.get $36)
                        (i32.const 64)
                       )
                      )
                      (local.get $37)
                     )
                    )
                    (local.set $39
                     (v128.load offset=7032240 align=4
                      (i32.shl
                       (local.get $38)
                       (i32.const 2)
                      )
                     )
                    )
                    (local.set $40
                     (local.get $37)
                    )
                    (local.set $41
                     (v128.load offset=5169152 align=4
                      (i32.shl
                       (local.get $40)
                       (i32.const 2)
                      )
                     )
                    )
                    (local.set $42
                     (f32x4.add
                      (local.get $39)
                      (local.get $41)
                     )
                    )
                    (local.set $43
                     (v128.and
                      (f32x4.gt
                       (local.get $42)
                       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                      )
                      (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
                     )
                    )
                    (local.set $44
                     (v128.bitselect
                      (local.get $42)
                      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                      (f32x4.ne
                       (local.get $43)
                       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                      )
                     )
                    )
                    (v128.store offset=7032240 align=4
                     (i32.shl
                      (local.get $38)
                      (i32.const 2)
                     )
                     (local.get $44)
                    )
                    (local.set $37
                     (i32.add
                      (local.get $37)
                      (i32.const 4)
                     )
                    )
                    (br_if $for11
                     (i32.lt_s
                      (local.get $37)
                      (i32.const 64)
                     )
                    )
                   )
                  )
                  (local.set $36
                   (i32.add
                    (local.get $36)
                    (i32.const 1)
                   )
                  )
                  (br_if $for12
                   (i32.lt_s
                    (local.get $36)
                    (i32.const 200)
                   )
                  )
                 )
                )
                (local.set $35
                 (i32.add
                  (local.get $35)
                  (i32.const 1)
                 )
                )
                (br_if $tile13
                 (i32.lt_s
                  (local.get $35)
                  (select
                   (local.get $2)
                   (i32.const 32)
                   (i32.lt_s
                    (local.get $2)
                    (i32.const 32)
                   )
                  )
                 )
                )
               )
              )
             )
            )
           )
          )
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k3_compare_reshape_where_reduceMax (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 v128)
  (local $6 v128)
  (local $7 v128)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 i32)
  (block
   (local.set $3
    (local.get $1)
   )
   (if
    (i32.lt_s
     (local.get $3)
     (select
      (local.get $2)
      (i32.const 32)
      (i32.lt_s
       (local.get $2)
       (i32.const 32)
      )
     )
    )
    (then
     (loop $tile2
      (block
       (local.set $4
        (i32.const 0)
       )
       (loop $for1
        (local.set $5
         (v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000)
        )
        (local.set $6
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (block
         (local.set $8
          (i32.const 0)
         )
         (loop $for0
          (local.set $9
           (i32.add
            (i32.add
             (i32.mul
              (local.get $3)
              (i32.const 12800)
             )
             (i32.mul
              (local.get $8)
              (i32.const 64)
             )
            )
            (local.get $4)
           )
          )
          (local.set $10
           (i32.add
            (i32.mul
             (local.get $3)
             (i32.const 200)
            )
            (local.get $8)
           )
          )
          (local.set $11
           (v128.load32_splat offset=5318960
            (i32.shl
             (local.get $10)
             (i32.const 2)
            )
           )
          )
          (local.set $12
           (v128.and
            (i32x4.ne
             (local.get $11)
             (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            )
            (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
           )
          )
          (local.set $13
           (local.get $12)
          )
          (local.set $14
           (v128.load offset=7032240 align=4
            (i32.shl
             (local.get $9)
             (i32.const 2)
            )
           )
          )
          (local.set $15
           (local.get $14)
          )
          (local.set $16
           (v128.bitselect
            (local.get $15)
            (v128.const i32x4 0xf149f2ca 0xf149f2ca 0xf149f2ca 0xf149f2ca)
            (f32x4.ne
             (local.get $13)
             (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            )
           )
          )
          (local.set $5
           (f32x4.max
            (local.get $5)
            (local.get $16)
           )
          )
          (local.set $8
           (i32.add
            (local.get $8)
            (i32.const 1)
           )
          )
          (br_if $for0
           (i32.lt_s
            (local.get $8)
            (i32.const 200)
           )
          )
         )
        )
        (local.set $17
         (i32.add
          (i32.mul
           (local.get $3)
           (i32.const 64)
          )
          (local.get $4)
         )
        )
        (v128.store offset=6983088 align=4
         (i32.shl
          (local.get $17)
          (i32.const 2)
         )
         (local.get $5)
        )
        (local.set $4
         (i32.add
          (local.get $4)
          (i32.const 4)
         )
        )
        (br_if $for1
         (i32.lt_s
          (local.get $4)
          (i32.const 64)
         )
        )
       )
      )
      (local.set $3
       (i32.add
        (local.get $3)
        (i32.const 1)
       )
      )
      (br_if $tile2
       (i32.lt_s
        (local.get $3)
        (select
         (local.get $2)
         (i32.const 32)
         (i32.lt_s
          (local.get $2)
          (i32.const 32)
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k4_conv4_reshape (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 v128)
  (local $5 v128)
  (block
   (local.set $3
    (i32.mul
     (local.get $1)
     (i32.const 4096)
    )
   )
   (if
    (i32.lt_s
     (local.get $3)
     (select
      (i32.mul
       (local.get $2)
       (i32.const 4096)
      )
      (i32.const 16384)
      (i32.lt_s
       (i32.mul
        (local.get $2)
        (i32.const 4096)
       )
       (i32.const 16384)
      )
     )
    )
    (then
     (loop $tile0
      (local.set $4
       (v128.load offset=5169408 align=4
        (i32.shl
         (local.get $3)
         (i32.const 2)
        )
       )
      )
      (local.set $5
       (local.get $4)
      )
      (v128.store offset=6991280 align=4
       (i32.shl
        (local.get $3)
        (i32.const 2)
       )
       (local.get $5)
      )
      (local.set $3
       (i32.add
        (local.get $3)
        (i32.const 4)
       )
      )
      (br_if $tile0
       (i32.lt_s
        (local.get $3)
        (select
         (i32.mul
          (local.get $2)
          (i32.const 4096)
         )
         (i32.const 16384)
         (i32.lt_s
          (i32.mul
           (local.get $2)
           (i32.const 4096)
          )
          (i32.const 16384)
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k5_conv4_conv2d_add_compare_where_gemm (param $0 i32) (param $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 i32)
  (local $22 v128)
  (local $23 i32)
  (local $24 i32)
  (local $25 i32)
  (local $26 i32)
  (local $27 i32)
  (local $28 i32)
  (local $29 i32)
  (local $30 v128)
  (local $31 v128)
  (local $32 v128)
  (local $33 v128)
  (local $34 v128)
  (local $35 i32)
  (local $36 i32)
  (local $37 i32)
  (local $38 i32)
  (local $39 i32)
  (local $40 i32)
  (local $41 i32)
  (local $42 v128)
  (local $43 v128)
  (local $44 v128)
  (local $45 v128)
  (local $46 v128)
  (local $47 i32)
  (local $48 i32)
  (local $49 i32)
  (local $50 i32)
  (local $51 i32)
  (local $52 i32)
  (local $53 i32)
  (local $54 v128)
  (local $55 v128)
  (local $56 v128)
  (local $57 v128)
  (local $58 v128)
  (local $59 i32)
  (local $60 i32)
  (local $61 i32)
  (local $62 i32)
  (local $63 i32)
  (local $64 i32)
  (local $65 i32)
  (local $66 v128)
  (local $67 v128)
  (local $68 v128)
  (local $69 v128)
  (local $70 v128)
  (local $71 i32)
  (local $72 i32)
  (local $73 i32)
  (local $74 i32)
  (local $75 i32)
  (local $76 i32)
  (local $77 i32)
  (local $78 v128)
  (local $79 v128)
  (local $80 v128)
  (local $81 v128)
  (local $82 v128)
  (local $83 i32)
  (local $84 i32)
  (local $85 i32)
  (local $86 i32)
  (local $87 i32)
  (local $88 i32)
  (local $89 i32)
  (local $90 v128)
  (local $91 v128)
  (local $92 v128)
  (local $93 v128)
  (local $94 v128)
  (local $95 i32)
  (local $96 i32)
  (local $97 i32)
  (local $98 i32)
  (local $99 i32)
  (local $100 i32)
  (local $101 i32)
  (local $102 v128)
  (local $103 v128)
  (local $104 v128)
  (local $105 v128)
  (local $106 v128)
  (local $107 i32)
  (local $108 i32)
  (local $109 i32)
  (local $110 i32)
  (local $111 i32)
  (local $112 i32)
  (local $113 i32)
  (local $114 v128)
  (local $115 v128)
  (local $116 v128)
  (local $117 v128)
  (local $118 i32)
  (local $119 i32)
  (block
   (local.set $2
    (local.get $0)
   )
   (if
    (i32.lt_s
     (local.get $2)
     (select
      (local.get $1)
      (i32.const 32)
      (i32.lt_s
       (local.get $1)
       (i32.const 32)
      )
     )
    )
    (then
     (loop $block3
      (local.set $21
       (i32.mul
        (local.get $2)
        (i32.const 200)
       )
      )
      (local.set $4
       (i32.const 0)
      )
      (local.set $5
       (i32.const 0)
      )
      (block
       (local.set $119
        (i32.const 8)
       )
       (loop $panel0
        (local.set $3
         (local.get $21)
        )
        (block
         (local.set $118
          (i32.const 50)
         )
         (loop $rows1
          (local.set $6
           (i32.mul
            (local.get $3)
            (i32.const 1024)
           )
          )
          (local.set $7
           (local.get $5)
          )
          (local.set $10
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
          (local.set $11
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
          (local.set $12
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
          (local.set $13
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
          (local.set $14
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
          (local.set $15
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
          (local.set $16
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
          (local.set $17
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
          (local.set $8
           (i32.add
            (local.get $7)
            (i32.const 8192)
           )
          )
          (loop $k2
           (local.set $18
            (v128.load offset=15273408 align=4
             (local.get $7)
            )
           )
           (local.set $19
            (v128.load offset=15273424 align=4
             (local.get $7)
            )
           )
           (local.set $20
            (v128.load32_splat offset=8719808
             (local.get $6)
            )
           )
           (local.set $10
            (f32x4.add
             (local.get $10)
             (f32x4.mul
              (local.get $20)
              (local.get $18)
             )
            )
           )
           (local.set $11
            (f32x4.add
             (local.get $11)
             (f32x4.mul
              (local.get $20)
              (local.get $19)
             )
            )
           )
           (local.set $20
            (v128.load32_splat offset=8720832
             (local.get $6)
            )
           )
           (local.set $12
            (f32x4.add
             (local.get $12)
             (f32x4.mul
              (local.get $20)
              (local.get $18)
             )
            )
           )
           (local.set $13
            (f32x4.add
             (local.get $13)
             (f32x4.mul
              (local.get $20)
              (local.get $19)
             )
            )
           )
           (local.set $20
            (v128.load32_splat offset=8721856
             (local.get $6)
            )
           )
           (local.set $14
            (f32x4.add
             (local.get $14)
             (f32x4.mul
              (local.get $20)
              (local.get $18)
             )
            )
           )
           (local.set $15
            (f32x4.add
             (local.get $15)
             (f32x4.mul
              (local.get $20)
              (local.get $19)
             )
            )
           )
           (local.set $20
            (v128.load32_splat offset=8722880
             (local.get $6)
            )
           )
           (local.set $16
            (f32x4.add
             (local.get $16)
             (f32x4.mul
              (local.get $20)
              (local.get $18)
             )
            )
           )
           (local.set $17
            (f32x4.add
             (local.get $17)
             (f32x4.mul
              (local.get $20)
              (local.get $19)
             )
            )
           )
           (local.set $6
            (i32.add
             (local.get $6)
             (i32.const 4)
            )
           )
           (local.set $7
            (i32.add
             (local.get $7)
             (i32.const 32)
            )
           )
           (br_if $k2
            (i32.ne
             (local.get $7)
             (local.get $8)
            )
           )
          )
          (local.set $9
           (i32.add
            (i32.mul
             (local.get $3)
             (i32.const 256)
            )
            (i32.shl
             (local.get $4)
             (i32.const 2)
            )
           )
          )
          (v128.store offset=7056816 align=4
           (local.get $9)
           (block (result v128)
            (local.set $22
             (local.get $10)
            )
            (local.set $23
             (local.get $3)
            )
            (local.set $24
             (local.get $4)
            )
            (local.set $25
             (i32.div_u
              (local.get $23)
              (i32.const 200)
             )
            )
            (local.set $26
             (i32.rem_u
              (i32.div_u
               (local.get $23)
               (i32.const 200)
              )
              (i32.const 1)
             )
            )
            (local.set $27
             (i32.rem_u
              (local.get $23)
              (i32.const 200)
             )
            )
            (local.set $28
             (i32.add
              (i32.mul
               (local.get $23)
               (i32.const 64)
              )
              (local.get $24)
             )
            )
            (local.set $29
             (local.get $24)
            )
            (local.set $30
             (v128.load offset=5234944 align=4
              (i32.shl
               (local.get $29)
               (i32.const 2)
              )
             )
            )
            (local.set $31
             (f32x4.add
              (local.get $22)
              (local.get $30)
             )
            )
            (local.set $32
             (v128.and
              (f32x4.gt
               (local.get $31)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
              (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
             )
            )
            (local.set $33
             (v128.bitselect
              (local.get $31)
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              (f32x4.ne
               (local.get $32)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
             )
            )
            (local.get $33)
           )
          )
          (v128.store offset=7056832 align=4
           (local.get $9)
           (block (result v128)
            (local.set $34
             (local.get $11)
            )
            (local.set $35
             (local.get $3)
            )
            (local.set $36
             (i32.add
              (local.get $4)
              (i32.const 4)
             )
            )
            (local.set $37
             (i32.div_u
              (local.get $35)
              (i32.const 200)
             )
            )
            (local.set $38
             (i32.rem_u
              (i32.div_u
               (local.get $35)
               (i32.const 200)
              )
              (i32.const 1)
             )
            )
            (local.set $39
             (i32.rem_u
              (local.get $35)
              (i32.const 200)
             )
            )
            (local.set $40
             (i32.add
              (i32.mul
               (local.get $35)
               (i32.const 64)
              )
              (local.get $36)
             )
            )
            (local.set $41
             (local.get $36)
            )
            (local.set $42
             (v128.load offset=5234944 align=4
              (i32.shl
               (local.get $41)
               (i32.const 2)
              )
             )
            )
            (local.set $43
             (f32x4.add
              (local.get $34)
              (local.get $42)
             )
            )
            (local.set $44
             (v128.and
              (f32x4.gt
               (local.get $43)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
              (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
             )
            )
            (local.set $45
             (v128.bitselect
              (local.get $43)
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              (f32x4.ne
               (local.get $44)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
             )
            )
            (local.get $45)
           )
          )
          (v128.store offset=7057072 align=4
           (local.get $9)
           (block (result v128)
            (local.set $46
             (local.get $12)
            )
            (local.set $47
             (i32.add
              (local.get $3)
              (i32.const 1)
             )
            )
            (local.set $48
             (local.get $4)
            )
            (local.set $49
             (i32.div_u
              (local.get $47)
              (i32.const 200)
             )
            )
            (local.set $50
             (i32.rem_u
              (i32.div_u
               (local.get $47)
               (i32.const 200)
              )
              (i32.const 1)
             )
            )
            (local.set $51
             (i32.rem_u
              (local.get $47)
              (i32.const 200)
             )
            )
            (local.set $52
             (i32.add
              (i32.mul
               (local.get $47)
               (i32.const 64)
              )
              (local.get $48)
             )
            )
            (local.set $53
             (local.get $48)
            )
            (local.set $54
             (v128.load offset=5234944 align=4
              (i32.shl
               (local.get $53)
               (i32.const 2)
              )
             )
            )
            (local.set $55
             (f32x4.add
              (local.get $46)
              (local.get $54)
             )
            )
            (local.set $56
             (v128.and
              (f32x4.gt
               (local.get $55)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
              (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
             )
            )
            (local.set $57
             (v128.bitselect
              (local.get $55)
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              (f32x4.ne
               (local.get $56)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
             )
            )
            (local.get $57)
           )
          )
          (v128.store offset=7057088 align=4
           (local.get $9)
           (block (result v128)
            (local.set $58
             (local.get $13)
            )
            (local.set $59
             (i32.add
              (local.get $3)
              (i32.const 1)
             )
            )
            (local.set $60
             (i32.add
              (local.get $4)
              (i32.const 4)
             )
            )
            (local.set $61
             (i32.div_u
              (local.get $59)
              (i32.const 200)
             )
            )
            (local.set $62
             (i32.rem_u
              (i32.div_u
               (local.get $59)
               (i32.const 200)
              )
              (i32.const 1)
             )
            )
            (local.set $63
             (i32.rem_u
              (local.get $59)
              (i32.const 200)
             )
            )
            (local.set $64
             (i32.add
              (i32.mul
               (local.get $59)
               (i32.const 64)
              )
              (local.get $60)
             )
            )
            (local.set $65
             (local.get $60)
            )
            (local.set $66
             (v128.load offset=5234944 align=4
              (i32.shl
               (local.get $65)
               (i32.const 2)
              )
             )
            )
            (local.set $67
             (f32x4.add
              (local.get $58)
              (local.get $66)
             )
            )
            (local.set $68
             (v128.and
              (f32x4.gt
               (local.get $67)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
              (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
             )
            )
            (local.set $69
             (v128.bitselect
              (local.get $67)
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              (f32x4.ne
               (local.get $68)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
             )
            )
            (local.get $69)
           )
          )
          (v128.store offset=7057328 align=4
           (local.get $9)
           (block (result v128)
            (local.set $70
             (local.get $14)
            )
            (local.set $71
             (i32.add
              (local.get $3)
              (i32.const 2)
             )
            )
            (local.set $72
             (local.get $4)
            )
            (local.set $73
             (i32.div_u
              (local.get $71)
              (i32.const 200)
             )
            )
            (local.set $74
             (i32.rem_u
              (i32.div_u
               (local.get $71)
               (i32.const 200)
              )
              (i32.const 1)
             )
            )
            (local.set $75
             (i32.rem_u
              (local.get $71)
              (i32.const 200)
             )
            )
            (local.set $76
             (i32.add
              (i32.mul
               (local.get $71)
               (i32.const 64)
              )
              (local.get $72)
             )
            )
            (local.set $77
             (local.get $72)
            )
            (local.set $78
             (v128.load offset=5234944 align=4
              (i32.shl
               (local.get $77)
               (i32.const 2)
              )
             )
            )
            (local.set $79
             (f32x4.add
              (local.get $70)
              (local.get $78)
             )
            )
            (local.set $80
             (v128.and
              (f32x4.gt
               (local.get $79)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
              (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
             )
            )
            (local.set $81
             (v128.bitselect
              (local.get $79)
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              (f32x4.ne
               (local.get $80)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
             )
            )
            (local.get $81)
           )
          )
          (v128.store offset=7057344 align=4
           (local.get $9)
           (block (result v128)
            (local.set $82
             (local.get $15)
            )
            (local.set $83
             (i32.add
              (local.get $3)
              (i32.const 2)
             )
            )
            (local.set $84
             (i32.add
              (local.get $4)
              (i32.const 4)
             )
            )
            (local.set $85
             (i32.div_u
              (local.get $83)
              (i32.const 200)
             )
            )
            (local.set $86
             (i32.rem_u
              (i32.div_u
               (local.get $83)
               (i32.const 200)
              )
              (i32.const 1)
             )
            )
            (local.set $87
             (i32.rem_u
              (local.get $83)
              (i32.const 200)
             )
            )
            (local.set $88
             (i32.add
              (i32.mul
               (local.get $83)
               (i32.const 64)
              )
              (local.get $84)
             )
            )
            (local.set $89
             (local.get $84)
            )
            (local.set $90
             (v128.load offset=5234944 align=4
              (i32.shl
               (local.get $89)
               (i32.const 2)
              )
             )
            )
            (local.set $91
             (f32x4.add
              (local.get $82)
              (local.get $90)
             )
            )
            (local.set $92
             (v128.and
              (f32x4.gt
               (local.get $91)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
              (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
             )
            )
            (local.set $93
             (v128.bitselect
              (local.get $91)
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              (f32x4.ne
               (local.get $92)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
             )
            )
            (local.get $93)
           )
          )
          (v128.store offset=7057584 align=4
           (local.get $9)
           (block (result v128)
            (local.set $94
             (local.get $16)
            )
            (local.set $95
             (i32.add
              (local.get $3)
              (i32.const 3)
             )
            )
            (local.set $96
             (local.get $4)
            )
            (local.set $97
             (i32.div_u
              (local.get $95)
              (i32.const 200)
             )
            )
            (local.set $98
             (i32.rem_u
              (i32.div_u
               (local.get $95)
               (i32.const 200)
              )
              (i32.const 1)
             )
            )
            (local.set $99
             (i32.rem_u
              (local.get $95)
              (i32.const 200)
             )
            )
            (local.set $100
             (i32.add
              (i32.mul
               (local.get $95)
               (i32.const 64)
              )
              (local.get $96)
             )
            )
            (local.set $101
             (local.get $96)
            )
            (local.set $102
             (v128.load offset=5234944 align=4
              (i32.shl
               (local.get $101)
               (i32.const 2)
              )
             )
            )
            (local.set $103
             (f32x4.add
              (local.get $94)
              (local.get $102)
             )
            )
            (local.set $104
             (v128.and
              (f32x4.gt
               (local.get $103)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
              (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
             )
            )
            (local.set $105
             (v128.bitselect
              (local.get $103)
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              (f32x4.ne
               (local.get $104)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
             )
            )
            (local.get $105)
           )
          )
          (v128.store offset=7057600 align=4
           (local.get $9)
           (block (result v128)
            (local.set $106
             (local.get $17)
            )
            (local.set $107
             (i32.add
              (local.get $3)
              (i32.const 3)
             )
            )
            (local.set $108
             (i32.add
              (local.get $4)
              (i32.const 4)
             )
            )
            (local.set $109
             (i32.div_u
              (local.get $107)
              (i32.const 200)
             )
            )
            (local.set $110
             (i32.rem_u
              (i32.div_u
               (local.get $107)
               (i32.const 200)
              )
              (i32.const 1)
             )
            )
            (local.set $111
             (i32.rem_u
              (local.get $107)
              (i32.const 200)
             )
            )
            (local.set $112
             (i32.add
              (i32.mul
               (local.get $107)
               (i32.const 64)
              )
              (local.get $108)
             )
            )
            (local.set $113
             (local.get $108)
            )
            (local.set $114
             (v128.load offset=5234944 align=4
              (i32.shl
               (local.get $113)
               (i32.const 2)
              )
             )
            )
            (local.set $115
             (f32x4.add
              (local.get $106)
              (local.get $114)
             )
            )
            (local.set $116
             (v128.and
              (f32x4.gt
               (local.get $115)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
              (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
             )
            )
            (local.set $117
             (v128.bitselect
              (local.get $115)
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              (f32x4.ne
               (local.get $116)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
             )
            )
            (local.get $117)
           )
          )
          (local.set $3
           (i32.add
            (local.get $3)
            (i32.const 4)
           )
          )
          (br_if $rows1
           (i32.ne
            (local.tee $118
             (i32.sub
              (local.get $118)
              (i32.const 1)
             )
            )
            (i32.const 0)
           )
          )
         )
        )
        (local.set $4
         (i32.add
          (local.get $4)
          (i32.const 8)
         )
        )
        (local.set $5
         (i32.add
          (local.get $5)
          (i32.const 8192)
         )
        )
        (br_if $panel0
         (i32.ne
          (local.tee $119
           (i32.sub
            (local.get $119)
            (i32.const 1)
           )
          )
          (i32.const 0)
         )
        )
       )
      )
      (local.set $2
       (i32.add
        (local.get $2)
        (i32.const 1)
       )
      )
      (br_if $block3
       (i32.lt_s
        (local.get $2)
        (select
         (local.get $1)
         (i32.const 32)
         (i32.lt_s
          (local.get $1)
          (i32.const 32)
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k5_conv4_conv2d_add_compare_where_gemm_pack (param $0 i32) (param $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 i32)
  (local $22 i32)
  (local $23 i32)
  (local $24 i32)
  (local $25 i32)
  (local.set $21
   (i32.const 0)
  )
  (local.set $22
   (i32.const 0)
  )
  (block
   (local.set $25
    (i32.const 256)
   )
   (loop $packk0
    (block
     (local.set $2
      (local.get $0)
     )
     (if
      (i32.lt_s
       (local.get $2)
       (select
        (local.get $1)
        (i32.const 8)
        (i32.lt_s
         (local.get $1)
         (i32.const 8)
        )
       )
      )
      (then
       (loop $packp1
        (local.set $23
         (i32.add
          (local.get $21)
          (i32.mul
           (local.get $2)
           (i32.const 32)
          )
         )
        )
        (local.set $24
         (i32.add
          (i32.mul
           (local.get $22)
           (i32.const 32)
          )
          (i32.mul
           (local.get $2)
           (i32.const 8192)
          )
         )
        )
        (v128.store offset=15273408 align=4
         (local.get $24)
         (v128.load offset=6991280 align=4
          (local.get $23)
         )
        )
        (v128.store offset=15273424 align=4
         (local.get $24)
         (v128.load offset=6991296 align=4
          (local.get $23)
         )
        )
        (local.set $2
         (i32.add
          (local.get $2)
          (i32.const 1)
         )
        )
        (br_if $packp1
         (i32.lt_s
          (local.get $2)
          (select
           (local.get $1)
           (i32.const 8)
           (i32.lt_s
            (local.get $1)
            (i32.const 8)
           )
          )
         )
        )
       )
      )
     )
    )
    (local.set $21
     (i32.add
      (local.get $21)
      (i32.const 256)
     )
    )
    (local.set $22
     (i32.add
      (local.get $22)
      (i32.const 1)
     )
    )
    (br_if $packk0
     (i32.ne
      (local.tee $25
       (i32.sub
        (local.get $25)
        (i32.const 1)
       )
      )
      (i32.const 0)
     )
    )
   )
  )
 )
 (func $k5_conv4_conv2d_add_compare_where (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 i32)
  (local $14 i32)
  (local $15 i32)
  (local $16 i32)
  (local $17 i32)
  (local $18 i32)
  (local $19 i32)
  (local $20 i32)
  (local $21 i32)
  (local $22 i32)
  (local $23 f32)
  (local $24 i32)
  (local $25 i32)
  (local $26 i32)
  (local $27 i32)
  (local $28 i32)
  (local $29 i32)
  (local $30 i32)
  (local $31 i32)
  (local $32 i32)
  (local $33 i32)
  (local $34 i32)
  (local $35 i32)
  (local $36 i32)
  (local $37 i32)
  (local $38 i32)
  (local $39 v128)
  (local $40 i32)
  (local $41 v128)
  (local $42 v128)
  (local $43 v128)
  (local $44 v128)
  (if
   (i32.eq
    (local.get $0)
    (i32.const 0)
   )
   (then
    (i32.store
     (i32.const 15338944)
     (i32.ge_s
      (call $first_non_finite
       (i32.const 6991280)
       (i32.const 16384)
      )
      (i32.const 0)
     )
    )
   )
   (else
    (if
     (i32.eq
      (local.get $0)
      (i32.const 1)
     )
     (then
      (if
       (i32.eqz
        (i32.load
         (i32.const 15338944)
        )
       )
       (then
        (call $k5_conv4_conv2d_add_compare_where_gemm_pack
         (local.get $1)
         (local.get $2)
        )
       )
      )
     )
     (else
      (if
       (i32.eq
        (local.get $0)
        (i32.const 2)
       )
       (then
        (if
         (i32.eqz
          (i32.load
           (i32.const 15338944)
          )
         )
         (then
          (block
           (local.set $3
            (local.get $1)
           )
           (if
            (i32.lt_s
             (local.get $3)
             (select
              (local.get $2)
              (i32.const 32)
              (i32.lt_s
               (local.get $2)
               (i32.const 32)
              )
             )
            )
            (then
             (loop $block3
              (local.set $4
               (i32.mul
                (local.get $3)
                (i32.const 1)
               )
              )
              (local.set $5
               (i32.add
                (local.get $4)
                (i32.const 1)
               )
              )
              (block
               (local.set $17
                (local.get $4)
               )
               (if
                (i32.lt_s
                 (local.get $17)
                 (select
                  (local.get $5)
                  (i32.const 32)
                  (i32.lt_s
                   (local.get $5)
                   (i32.const 32)
                  )
                 )
                )
                (then
                 (loop $tile2
                  (local.set $6
                   (i32.div_u
                    (local.get $17)
                    (i32.const 1)
                   )
                  )
                  (local.set $7
                   (i32.rem_u
                    (local.get $17)
                    (i32.const 1)
                   )
                  )
                  (local.set $16
                   (i32.mul
                    (local.get $17)
                    (i32.const 200)
                   )
                  )
                  (block
                   (local.set $8
                    (i32.const 0)
                   )
                   (loop $for1
                    (local.set $13
                     (i32.sub
                      (i32.mul
                       (local.get $8)
                       (i32.const 1)
                      )
                      (i32.const 1)
                     )
                    )
                    (block
                     (local.set $9
                      (i32.const 0)
                     )
                     (local.set $11
                      (i32.add
                       (i32.mul
                        (local.get $7)
                        (i32.const 1)
                       )
                       (i32.sub
                        (i32.mul
                         (local.get $9)
                         (i32.const 1)
                        )
                        (i32.const 0)
                       )
                      )
                     )
                     (if
                      (i32.lt_u
                       (local.get $11)
                       (i32.const 1)
                      )
                      (then
                       (if
                        (i32.le_u
                         (local.get $13)
                         (i32.const 196)
                        )
                        (then
                         (local.set $14
                          (i32.mul
                           (i32.add
                            (i32.mul
                             (i32.add
                              (i32.mul
                               (local.get $6)
                               (i32.const 1)
                              )
                              (local.get $11)
                             )
                             (i32.const 200)
                            )
                            (local.get $13)
                           )
                           (i32.const 256)
                          )
                         )
                         (local.set $15
                          (i32.mul
                           (i32.add
                            (i32.mul
                             (i32.add
                              (i32.mul
                               (local.get $16)
                               (i32.const 1)
                              )
                              (local.get $9)
                             )
                             (i32.const 4)
                            )
                            (i32.const 0)
                           )
                           (i32.const 256)
                          )
                         )
                         (memory.copy
                          (i32.add
                           (local.get $15)
                           (i32.const 8719808)
                          )
                          (i32.add
                           (local.get $14)
                           (i32.const 5344688)
                          )
                          (i32.const 1024)
                         )
                        )
                        (else
                         (local.set $10
                          (i32.const 0)
                         )
                         (loop $for0
                          (local.set $12
                           (i32.add
                            (local.get $13)
                            (i32.mul
                             (local.get $10)
                             (i32.const 1)
                            )
                           )
                          )
                          (local.set $15
                           (i32.mul
                            (i32.add
                             (i32.mul
                              (i32.add
                               (i32.mul
                                (local.get $16)
                                (i32.const 1)
                               )
                               (local.get $9)
                              )
                              (i32.const 4)
                             )
                             (local.get $10)
                            )
                            (i32.const 256)
                           )
                          )
                          (if
                           (i32.lt_u
                            (local.get $12)
                            (i32.const 200)
                           )
                           (then
                            (local.set $14
                             (i32.mul
                              (i32.add
                               (i32.mul
                                (i32.add
                                 (i32.mul
                                  (local.get $6)
                                  (i32.const 1)
                                 )
                                 (local.get $11)
                                )
                                (i32.const 200)
                               )
                               (local.get $12)
                              )
                              (i32.const 256)
                             )
                            )
                            (memory.copy
                             (i32.add
                              (local.get $15)
                              (i32.const 8719808)
                             )
                             (i32.add
                              (local.get $14)
                              (i32.const 5344688)
                             )
                             (i32.const 256)
                            )
                           )
                           (else
                            (memory.fill
                             (i32.add
                              (local.get $15)
                              (i32.const 8719808)
                             )
                             (i32.const 0)
                             (i32.const 256)
                            )
                           )
                          )
                          (local.set $10
                           (i32.add
                            (local.get $10)
                            (i32.const 1)
                           )
                          )
                          (br_if $for0
                           (i32.lt_s
                            (local.get $10)
                            (i32.const 4)
                           )
                          )
                         )
                        )
                       )
                      )
                      (else
                       (local.set $15
                        (i32.mul
                         (i32.add
                          (i32.mul
                           (i32.add
                            (i32.mul
                             (local.get $16)
                             (i32.const 1)
                            )
                            (local.get $9)
                           )
                           (i32.const 4)
                          )
                          (i32.const 0)
                         )
                         (i32.const 256)
                        )
                       )
                       (memory.fill
                        (i32.add
                         (local.get $15)
                         (i32.const 8719808)
                        )
                        (i32.const 0)
                        (i32.const 1024)
                       )
                      )
                     )
                    )
                    (local.set $16
                     (i32.add
                      (local.get $16)
                      (i32.const 1)
                     )
                    )
                    (local.set $8
                     (i32.add
                      (local.get $8)
                      (i32.const 1)
                     )
                    )
                    (br_if $for1
                     (i32.lt_s
                      (local.get $8)
                      (i32.const 200)
                     )
                    )
                   )
                  )
                  (local.set $17
                   (i32.add
                    (local.get $17)
                    (i32.const 1)
                   )
                  )
                  (br_if $tile2
                   (i32.lt_s
                    (local.get $17)
                    (select
                     (local.get $5)
                     (i32.const 32)
                     (i32.lt_s
                      (local.get $5)
                      (i32.const 32)
                     )
                    )
                   )
                  )
                 )
                )
               )
              )
              (call $k5_conv4_conv2d_add_compare_where_gemm
               (local.get $3)
               (i32.add
                (local.get $3)
                (i32.const 1)
               )
              )
              (local.set $3
               (i32.add
                (local.get $3)
                (i32.const 1)
               )
              )
              (br_if $block3
               (i32.lt_s
                (local.get $3)
                (select
                 (local.get $2)
                 (i32.const 32)
                 (i32.lt_s
                  (local.get $2)
                  (i32.const 32)
                 )
                )
               )
              )
             )
            )
           )
          )
         )
        )
       )
       (else
        (if
         (i32.eq
          (local.get $0)
          (i32.const 3)
         )
         (then
          (if
           (i32.load
            (i32.const 15338944)
           )
           (then
            (local.set $1
             (i32.const 0)
            )
            (local.set $2
             (i32.const 32)
            )
            (memory.fill
             (i32.const 7056816)
             (i32.const 0)
             (i32.const 1638400)
            )
            (block
             (local.set $24
              (local.get $1)
             )
             (if
              (i32.lt_s
               (local.get $24)
               (select
                (local.get $2)
                (i32.const 32)
                (i32.lt_s
                 (local.get $2)
                 (i32.const 32)
                )
               )
              )
              (then
               (loop $tile10
                (local.set $34
                 (i32.mul
                  (local.get $24)
                  (i32.const 200)
                 )
                )
                (block
                 (local.set $25
                  (i32.const 0)
                 )
                 (block
                  (local.set $26
                   (i32.const 0)
                  )
                  (loop $for9
                   (local.set $31
                    (i32.sub
                     (i32.mul
                      (local.get $26)
                      (i32.const 1)
                     )
                     (i32.const 1)
                    )
                   )
                   (block
                    (local.set $27
                     (i32.const 0)
                    )
                    (local.set $29
                     (i32.add
                      (i32.mul
                       (local.get $25)
                       (i32.const 1)
                      )
                      (i32.sub
                       (i32.mul
                        (local.get $27)
                        (i32.const 1)
                       )
                       (i32.const 0)
                      )
                     )
                    )
                    (if
                     (i32.lt_u
                      (local.get $29)
                      (i32.const 1)
                     )
                     (then
                      (if
                       (i32.le_u
                        (local.get $31)
                        (i32.const 196)
                       )
                       (then
                        (local.set $32
                         (i32.mul
                          (i32.add
                           (i32.mul
                            (i32.add
                             (i32.mul
                              (local.get $24)
                              (i32.const 1)
                             )
                             (local.get $29)
                            )
                            (i32.const 200)
                           )
                           (local.get $31)
                          )
                          (i32.const 256)
                         )
                        )
                        (local.set $33
                         (i32.mul
                          (i32.add
                           (i32.mul
                            (i32.add
                             (i32.mul
                              (local.get $34)
                              (i32.const 1)
                             )
                             (local.get $27)
                            )
                            (i32.const 4)
                           )
                           (i32.const 0)
                          )
                          (i32.const 256)
                         )
                        )
                        (block
                         (local.set $18
                          (i32.const 0)
                         )
                         (loop $for8
                          (local.set $23
                           (f32.load offset=5344688
                            (i32.add
                             (local.get $32)
                             (i32.shl
                              (local.get $18)
                              (i32.const 2)
                             )
                            )
                           )
                          )
                          (local.set $20
                           (i32.div_u
                            (i32.shr_u
                             (local.get $33)
                             (i32.const 2)
                            )
                            (i32.const 256)
                           )
                          )
                          (local.set $21
                           (i32.add
                            (i32.rem_u
                             (i32.shr_u
                              (local.get $33)
                              (i32.const 2)
                             )
                             (i32.const 256)
                            )
                            (local.get $18)
                           )
                          )
                          (block
                           (local.set $19
                            (i32.const 0)
                           )
                           (loop $for7
                            (local.set $22
                             (i32.shl
                              (i32.add
                               (i32.mul
                                (local.get $20)
                                (i32.const 64)
                               )
                               (local.get $19)
                              )
                              (i32.const 2)
                             )
                            )
                            (f32.store offset=7056816
                             (local.get $22)
                             (f32.add
                              (f32.load offset=7056816
                               (local.get $22)
                              )
                              (f32.mul
                               (local.get $23)
                               (f32.load offset=6991280
                                (i32.shl
                                 (i32.add
                                  (i32.mul
                                   (local.get $21)
                                   (i32.const 64)
                                  )
                                  (local.get $19)
                                 )
                                 (i32.const 2)
                                )
                               )
                              )
                             )
                            )
                            (local.set $19
                             (i32.add
                              (local.get $19)
                              (i32.const 1)
                             )
                            )
                            (br_if $for7
                             (i32.lt_s
                              (local.get $19)
                              (i32.const 64)
                             )
                            )
                           )
                          )
                          (local.set $18
                           (i32.add
                            (local.get $18)
                            (i32.const 1)
                           )
                          )
                          (br_if $for8
                           (i32.lt_s
                            (local.get $18)
                            (i32.const 256)
                           )
                          )
                         )
                        )
                       )
                       (else
                        (local.set $28
                         (i32.const 0)
                        )
                        (loop $for6
                         (local.set $30
                          (i32.add
                           (local.get $31)
                           (i32.mul
                            (local.get $28)
                            (i32.const 1)
                           )
                          )
                         )
                         (local.set $33
                          (i32.mul
                           (i32.add
                            (i32.mul
                             (i32.add
                              (i32.mul
                               (local.get $34)
                               (i32.const 1)
                              )
                              (local.get $27)
                             )
                             (i32.const 4)
                            )
                            (local.get $28)
                           )
                           (i32.const 256)
                          )
                         )
                         (if
                          (i32.lt_u
                           (local.get $30)
                           (i32.const 200)
                          )
                          (then
                           (local.set $32
                            (i32.mul
                             (i32.add
                              (i32.mul
                               (i32.add
                                (i32.mul
                                 (local.get $24)
                                 (i32.const 1)
                                )
                                (local.get $29)
                               )
                               (i32.const 200)
                              )
                              (local.get $30)
                             )
                             (i32.const 256)
                            )
                           )
                           (block
                            (local.set $18
                             (i32.const 0)
                            )
                            (loop $for5
                             (local.set $23
                              (f32.load offset=5344688
                               (i32.add
                                (local.get $32)
                                (i32.shl
                                 (local.get $18)
                                 (i32.const 2)
                                )
                               )
                              )
                             )
                             (local.set $20
                              (i32.div_u
                               (i32.shr_u
                                (local.get $33)
                                (i32.const 2)
                               )
                               (i32.const 256)
                              )
                             )
                             (local.set $21
                              (i32.add
                               (i32.rem_u
                                (i32.shr_u
                                 (local.get $33)
                                 (i32.const 2)
                                )
                                (i32.const 256)
                               )
                               (local.get $18)
                              )
                             )
                             (block
                              (local.set $19
                               (i32.const 0)
                              )
                              (loop $for4
                               (local.set $22
                                (i32.shl
                                 (i32.add
                                  (i32.mul
                                   (local.get $20)
                                   (i32.const 64)
                                  )
                                  (local.get $19)
                                 )
                                 (i32.const 2)
                                )
                               )
                               (f32.store offset=7056816
                                (local.get $22)
                                (f32.add
                                 (f32.load offset=7056816
                                  (local.get $22)
                                 )
                                 (f32.mul
                                  (local.get $23)
                                  (f32.load offset=6991280
                                   (i32.shl
                                    (i32.add
                                     (i32.mul
                                      (local.get $21)
                                      (i32.const 64)
                                     )
                                     (local.get $19)
                                    )
                                    (i32.const 2)
                                   )
                                  )
                                 )
                                )
                               )
                               (local.set $19
                                (i32.add
                                 (local.get $19)
                                 (i32.const 1)
                                )
                               )
                               (br_if $for4
                                (i32.lt_s
                                 (local.get $19)
                                 (i32.const 64)
                                )
                               )
                              )
                             )
                             (local.set $18
                              (i32.add
                               (local.get $18)
                               (i32.const 1)
                              )
                             )
                             (br_if $for5
                              (i32.lt_s
                               (local.get $18)
                               (i32.const 64)
                              )
                             )
                            )
                           )
                          )
                         )
                         (local.set $28
                          (i32.add
                           (local.get $28)
                           (i32.const 1)
                          )
                         )
                         (br_if $for6
                          (i32.lt_s
                           (local.get $28)
                           (i32.const 4)
                          )
                         )
                        )
                       )
                      )
                     )
                    )
                   )
                   (local.set $34
                    (i32.add
                     (local.get $34)
                     (i32.const 1)
                    )
                   )
                   (local.set $26
                    (i32.add
                     (local.get $26)
                     (i32.const 1)
                    )
                   )
                   (br_if $for9
                    (i32.lt_s
                     (local.get $26)
                     (i32.const 200)
                    )
                   )
                  )
                 )
                )
                (local.set $24
                 (i32.add
                  (local.get $24)
                  (i32.const 1)
                 )
                )
                (br_if $tile10
                 (i32.lt_s
                  (local.get $24)
                  (select
                   (local.get $2)
                   (i32.const 32)
                   (i32.lt_s
                    (local.get $2)
                    (i32.const 32)
                   )
                  )
                 )
                )
               )
              )
             )
            )
           )
          )
         )
         (else
          (if
           (i32.load
            (i32.const 15338944)
           )
           (then
            (block
             (local.set $35
              (local.get $1)
             )
             (if
              (i32.lt_s
               (local.get $35)
               (select
                (local.get $2)
                (i32.const 32)
                (i32.lt_s
                 (local.get $2)
                 (i32.const 32)
                )
               )
              )
              (then
               (loop $tile13
                (block
                 (local.set $36
                  (i32.const 0)
                 )
                 (loop $for12
                  (block
                   (local.set $37
                    (i32.const 0)
                   )
                   (loop $for11
                    (local.set $38
                     (i32.add
                      (i32.add
                       (i32.mul
                        (local.get $35)
                        (i32.const 12800)
                       )
                       (i32.mul
                        (local.get $36)
                        (i32.const 64)
                       )
                      )
                      (local.get $37)
                     )
                    )
                    (local.set $39
                     (v128.load offset=7056816 align=4
                      (i32.shl
                       (local.get $38)
                       (i32.const 2)
                      )
                     )
                    )
                    (local.set $40
                     (local.get $37)
                    )
                    (local.set $41
                     (v128.load offset=5234944 align=4
                      (i32.shl
                       (local.get $40)
                       (i32.const 2)
                      )
                     )
                    )
                    (local.set $42
                     (f32x4.add
                      (local.get $39)
                      (local.get $41)
                     )
                    )
                    (local.set $43
                     (v128.and
                      (f32x4.gt
                       (local.get $42)
                       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                      )
                      (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
                     )
                    )
                    (local.set $44
                     (v128.bitselect
                      (local.get $42)
                      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                      (f32x4.ne
                       (local.get $43)
                       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                      )
                     )
                    )
                    (v128.store offset=7056816 align=4
                     (i32.shl
                      (local.get $38)
                      (i32.const 2)
                     )
                     (local.get $44)
                    )
                    (local.set $37
                     (i32.add
                      (local.get $37)
                      (i32.const 4)
                     )
                    )
                    (br_if $for11
                     (i32.lt_s
                      (local.get $37)
                      (i32.const 64)
                     )
                    )
                   )
                  )
                  (local.set $36
                   (i32.add
                    (local.get $36)
                    (i32.const 1)
                   )
                  )
                  (br_if $for12
                   (i32.lt_s
                    (local.get $36)
                    (i32.const 200)
                   )
                  )
                 )
                )
                (local.set $35
                 (i32.add
                  (local.get $35)
                  (i32.const 1)
                 )
                )
                (br_if $tile13
                 (i32.lt_s
                  (local.get $35)
                  (select
                   (local.get $2)
                   (i32.const 32)
                   (i32.lt_s
                    (local.get $2)
                    (i32.const 32)
                   )
                  )
                 )
                )
               )
              )
             )
            )
           )
          )
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k6_reshape_compare_where_reduceMax (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 v128)
  (local $6 v128)
  (local $7 v128)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 i32)
  (block
   (local.set $3
    (local.get $1)
   )
   (if
    (i32.lt_s
     (local.get $3)
     (select
      (local.get $2)
      (i32.const 32)
      (i32.lt_s
       (local.get $2)
       (i32.const 32)
      )
     )
    )
    (then
     (loop $tile2
      (block
       (local.set $4
        (i32.const 0)
       )
       (loop $for1
        (local.set $5
         (v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000)
        )
        (local.set $6
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (block
         (local.set $8
          (i32.const 0)
         )
         (loop $for0
          (local.set $9
           (i32.add
            (i32.add
             (i32.mul
              (local.get $3)
              (i32.const 12800)
             )
             (i32.mul
              (local.get $8)
              (i32.const 64)
             )
            )
            (local.get $4)
           )
          )
          (local.set $10
           (i32.add
            (i32.mul
             (local.get $3)
             (i32.const 200)
            )
            (local.get $8)
           )
          )
          (local.set $11
           (v128.load32_splat offset=5318960
            (i32.shl
             (local.get $10)
             (i32.const 2)
            )
           )
          )
          (local.set $12
           (v128.and
            (i32x4.ne
             (local.get $11)
             (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            )
            (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
           )
          )
          (local.set $13
           (local.get $12)
          )
          (local.set $14
           (v128.load offset=7056816 align=4
            (i32.shl
             (local.get $9)
             (i32.const 2)
            )
           )
          )
          (local.set $15
           (local.get $14)
          )
          (local.set $16
           (v128.bitselect
            (local.get $15)
            (v128.const i32x4 0xf149f2ca 0xf149f2ca 0xf149f2ca 0xf149f2ca)
            (f32x4.ne
             (local.get $13)
             (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            )
           )
          )
          (local.set $5
           (f32x4.max
            (local.get $5)
            (local.get $16)
           )
          )
          (local.set $8
           (i32.add
            (local.get $8)
            (i32.const 1)
           )
          )
          (br_if $for0
           (i32.lt_s
            (local.get $8)
            (i32.const 200)
           )
          )
         )
        )
        (local.set $17
         (i32.add
          (i32.mul
           (local.get $3)
           (i32.const 64)
          )
          (local.get $4)
         )
        )
        (v128.store offset=6991280 align=4
         (i32.shl
          (local.get $17)
          (i32.const 2)
         )
         (local.get $5)
        )
        (local.set $4
         (i32.add
          (local.get $4)
          (i32.const 4)
         )
        )
        (br_if $for1
         (i32.lt_s
          (local.get $4)
          (i32.const 64)
         )
        )
       )
      )
      (local.set $3
       (i32.add
        (local.get $3)
        (i32.const 1)
       )
      )
      (br_if $tile2
       (i32.lt_s
        (local.get $3)
        (select
         (local.get $2)
         (i32.const 32)
         (i32.lt_s
          (local.get $2)
          (i32.const 32)
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k7_conv5_reshape (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 v128)
  (local $5 v128)
  (block
   (local.set $3
    (i32.mul
     (local.get $1)
     (i32.const 4096)
    )
   )
   (if
    (i32.lt_s
     (local.get $3)
     (select
      (i32.mul
       (local.get $2)
       (i32.const 4096)
      )
      (i32.const 20480)
      (i32.lt_s
       (i32.mul
        (local.get $2)
        (i32.const 4096)
       )
       (i32.const 20480)
      )
     )
    )
    (then
     (loop $tile0
      (local.set $4
       (v128.load offset=5235200 align=4
        (i32.shl
         (local.get $3)
         (i32.const 2)
        )
       )
      )
      (local.set $5
       (local.get $4)
      )
      (v128.store offset=6999472 align=4
       (i32.shl
        (local.get $3)
        (i32.const 2)
       )
       (local.get $5)
      )
      (local.set $3
       (i32.add
        (local.get $3)
        (i32.const 4)
       )
      )
      (br_if $tile0
       (i32.lt_s
        (local.get $3)
        (select
         (i32.mul
          (local.get $2)
          (i32.const 4096)
         )
         (i32.const 20480)
         (i32.lt_s
          (i32.mul
           (local.get $2)
           (i32.const 4096)
          )
          (i32.const 20480)
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k8_conv5_conv2d_add_compare_where_gemm (param $0 i32) (param $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 i32)
  (local $22 v128)
  (local $23 i32)
  (local $24 i32)
  (local $25 i32)
  (local $26 i32)
  (local $27 i32)
  (local $28 i32)
  (local $29 i32)
  (local $30 v128)
  (local $31 v128)
  (local $32 v128)
  (local $33 v128)
  (local $34 v128)
  (local $35 i32)
  (local $36 i32)
  (local $37 i32)
  (local $38 i32)
  (local $39 i32)
  (local $40 i32)
  (local $41 i32)
  (local $42 v128)
  (local $43 v128)
  (local $44 v128)
  (local $45 v128)
  (local $46 v128)
  (local $47 i32)
  (local $48 i32)
  (local $49 i32)
  (local $50 i32)
  (local $51 i32)
  (local $52 i32)
  (local $53 i32)
  (local $54 v128)
  (local $55 v128)
  (local $56 v128)
  (local $57 v128)
  (local $58 v128)
  (local $59 i32)
  (local $60 i32)
  (local $61 i32)
  (local $62 i32)
  (local $63 i32)
  (local $64 i32)
  (local $65 i32)
  (local $66 v128)
  (local $67 v128)
  (local $68 v128)
  (local $69 v128)
  (local $70 v128)
  (local $71 i32)
  (local $72 i32)
  (local $73 i32)
  (local $74 i32)
  (local $75 i32)
  (local $76 i32)
  (local $77 i32)
  (local $78 v128)
  (local $79 v128)
  (local $80 v128)
  (local $81 v128)
  (local $82 v128)
  (local $83 i32)
  (local $84 i32)
  (local $85 i32)
  (local $86 i32)
  (local $87 i32)
  (local $88 i32)
  (local $89 i32)
  (local $90 v128)
  (local $91 v128)
  (local $92 v128)
  (local $93 v128)
  (local $94 v128)
  (local $95 i32)
  (local $96 i32)
  (local $97 i32)
  (local $98 i32)
  (local $99 i32)
  (local $100 i32)
  (local $101 i32)
  (local $102 v128)
  (local $103 v128)
  (local $104 v128)
  (local $105 v128)
  (local $106 v128)
  (local $107 i32)
  (local $108 i32)
  (local $109 i32)
  (local $110 i32)
  (local $111 i32)
  (local $112 i32)
  (local $113 i32)
  (local $114 v128)
  (local $115 v128)
  (local $116 v128)
  (local $117 v128)
  (local $118 i32)
  (local $119 i32)
  (block
   (local.set $2
    (local.get $0)
   )
   (if
    (i32.lt_s
     (local.get $2)
     (select
      (local.get $1)
      (i32.const 32)
      (i32.lt_s
       (local.get $1)
       (i32.const 32)
      )
     )
    )
    (then
     (loop $block3
      (local.set $21
       (i32.mul
        (local.get $2)
        (i32.const 200)
       )
      )
      (local.set $4
       (i32.const 0)
      )
      (local.set $5
       (i32.const 0)
      )
      (block
       (local.set $119
        (i32.const 8)
       )
       (loop $panel0
        (local.set $3
         (local.get $21)
        )
        (block
         (local.set $118
          (i32.const 50)
         )
         (loop $rows1
          (local.set $6
           (i32.mul
            (local.get $3)
            (i32.const 1280)
           )
          )
          (local.set $7
           (local.get $5)
          )
          (local.set $10
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
          (local.set $11
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
          (local.set $12
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
          (local.set $13
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
          (local.set $14
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
          (local.set $15
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
          (local.set $16
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
          (local.set $17
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
          (local.set $8
           (i32.add
            (local.get $7)
            (i32.const 10240)
           )
          )
          (loop $k2
           (local.set $18
            (v128.load offset=16911808 align=4
             (local.get $7)
            )
           )
           (local.set $19
            (v128.load offset=16911824 align=4
             (local.get $7)
            )
           )
           (local.set $20
            (v128.load32_splat offset=8719808
             (local.get $6)
            )
           )
           (local.set $10
            (f32x4.add
             (local.get $10)
             (f32x4.mul
              (local.get $20)
              (local.get $18)
             )
            )
           )
           (local.set $11
            (f32x4.add
             (local.get $11)
             (f32x4.mul
              (local.get $20)
              (local.get $19)
             )
            )
           )
           (local.set $20
            (v128.load32_splat offset=8721088
             (local.get $6)
            )
           )
           (local.set $12
            (f32x4.add
             (local.get $12)
             (f32x4.mul
              (local.get $20)
              (local.get $18)
             )
            )
           )
           (local.set $13
            (f32x4.add
             (local.get $13)
             (f32x4.mul
              (local.get $20)
              (local.get $19)
             )
            )
           )
           (local.set $20
            (v128.load32_splat offset=8722368
             (local.get $6)
            )
           )
           (local.set $14
            (f32x4.add
             (local.get $14)
             (f32x4.mul
              (local.get $20)
              (local.get $18)
             )
            )
           )
           (local.set $15
            (f32x4.add
             (local.get $15)
             (f32x4.mul
              (local.get $20)
              (local.get $19)
             )
            )
           )
           (local.set $20
            (v128.load32_splat offset=8723648
             (local.get $6)
            )
           )
           (local.set $16
            (f32x4.add
             (local.get $16)
             (f32x4.mul
              (local.get $20)
              (local.get $18)
             )
            )
           )
           (local.set $17
            (f32x4.add
             (local.get $17)
             (f32x4.mul
              (local.get $20)
              (local.get $19)
             )
            )
           )
           (local.set $6
            (i32.add
             (local.get $6)
             (i32.const 4)
            )
           )
           (local.set $7
            (i32.add
             (local.get $7)
             (i32.const 32)
            )
           )
           (br_if $k2
            (i32.ne
             (local.get $7)
             (local.get $8)
            )
           )
          )
          (local.set $9
           (i32.add
            (i32.mul
             (local.get $3)
             (i32.const 256)
            )
            (i32.shl
             (local.get $4)
             (i32.const 2)
            )
           )
          )
          (v128.store offset=7081392 align=4
           (local.get $9)
           (block (result v128)
            (local.set $22
             (local.get $10)
            )
            (local.set $23
             (local.get $3)
            )
            (local.set $24
             (local.get $4)
            )
            (local.set $25
             (i32.div_u
              (local.get $23)
              (i32.const 200)
             )
            )
            (local.set $26
             (i32.rem_u
              (i32.div_u
               (local.get $23)
               (i32.const 200)
              )
              (i32.const 1)
             )
            )
            (local.set $27
             (i32.rem_u
              (local.get $23)
              (i32.const 200)
             )
            )
            (local.set $28
             (i32.add
              (i32.mul
               (local.get $23)
               (i32.const 64)
              )
              (local.get $24)
             )
            )
            (local.set $29
             (local.get $24)
            )
            (local.set $30
             (v128.load offset=5317120 align=4
              (i32.shl
               (local.get $29)
               (i32.const 2)
              )
             )
            )
            (local.set $31
             (f32x4.add
              (local.get $22)
              (local.get $30)
             )
            )
            (local.set $32
             (v128.and
              (f32x4.gt
               (local.get $31)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
              (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
             )
            )
            (local.set $33
             (v128.bitselect
              (local.get $31)
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              (f32x4.ne
               (local.get $32)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
             )
            )
            (local.get $33)
           )
          )
          (v128.store offset=7081408 align=4
           (local.get $9)
           (block (result v128)
            (local.set $34
             (local.get $11)
            )
            (local.set $35
             (local.get $3)
            )
            (local.set $36
             (i32.add
              (local.get $4)
              (i32.const 4)
             )
            )
            (local.set $37
             (i32.div_u
              (local.get $35)
              (i32.const 200)
             )
            )
            (local.set $38
             (i32.rem_u
              (i32.div_u
               (local.get $35)
               (i32.const 200)
              )
              (i32.const 1)
             )
            )
            (local.set $39
             (i32.rem_u
              (local.get $35)
              (i32.const 200)
             )
            )
            (local.set $40
             (i32.add
              (i32.mul
               (local.get $35)
               (i32.const 64)
              )
              (local.get $36)
             )
            )
            (local.set $41
             (local.get $36)
            )
            (local.set $42
             (v128.load offset=5317120 align=4
              (i32.shl
               (local.get $41)
               (i32.const 2)
              )
             )
            )
            (local.set $43
             (f32x4.add
              (local.get $34)
              (local.get $42)
             )
            )
            (local.set $44
             (v128.and
              (f32x4.gt
               (local.get $43)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
              (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
             )
            )
            (local.set $45
             (v128.bitselect
              (local.get $43)
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              (f32x4.ne
               (local.get $44)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
             )
            )
            (local.get $45)
           )
          )
          (v128.store offset=7081648 align=4
           (local.get $9)
           (block (result v128)
            (local.set $46
             (local.get $12)
            )
            (local.set $47
             (i32.add
              (local.get $3)
              (i32.const 1)
             )
            )
            (local.set $48
             (local.get $4)
            )
            (local.set $49
             (i32.div_u
              (local.get $47)
              (i32.const 200)
             )
            )
            (local.set $50
             (i32.rem_u
              (i32.div_u
               (local.get $47)
               (i32.const 200)
              )
              (i32.const 1)
             )
            )
            (local.set $51
             (i32.rem_u
              (local.get $47)
              (i32.const 200)
             )
            )
            (local.set $52
             (i32.add
              (i32.mul
               (local.get $47)
               (i32.const 64)
              )
              (local.get $48)
             )
            )
            (local.set $53
             (local.get $48)
            )
            (local.set $54
             (v128.load offset=5317120 align=4
              (i32.shl
               (local.get $53)
               (i32.const 2)
              )
             )
            )
            (local.set $55
             (f32x4.add
              (local.get $46)
              (local.get $54)
             )
            )
            (local.set $56
             (v128.and
              (f32x4.gt
               (local.get $55)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
              (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
             )
            )
            (local.set $57
             (v128.bitselect
              (local.get $55)
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              (f32x4.ne
               (local.get $56)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
             )
            )
            (local.get $57)
           )
          )
          (v128.store offset=7081664 align=4
           (local.get $9)
           (block (result v128)
            (local.set $58
             (local.get $13)
            )
            (local.set $59
             (i32.add
              (local.get $3)
              (i32.const 1)
             )
            )
            (local.set $60
             (i32.add
              (local.get $4)
              (i32.const 4)
             )
            )
            (local.set $61
             (i32.div_u
              (local.get $59)
              (i32.const 200)
             )
            )
            (local.set $62
             (i32.rem_u
              (i32.div_u
               (local.get $59)
               (i32.const 200)
              )
              (i32.const 1)
             )
            )
            (local.set $63
             (i32.rem_u
              (local.get $59)
              (i32.const 200)
             )
            )
            (local.set $64
             (i32.add
              (i32.mul
               (local.get $59)
               (i32.const 64)
              )
              (local.get $60)
             )
            )
            (local.set $65
             (local.get $60)
            )
            (local.set $66
             (v128.load offset=5317120 align=4
              (i32.shl
               (local.get $65)
               (i32.const 2)
              )
             )
            )
            (local.set $67
             (f32x4.add
              (local.get $58)
              (local.get $66)
             )
            )
            (local.set $68
             (v128.and
              (f32x4.gt
               (local.get $67)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
              (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
             )
            )
            (local.set $69
             (v128.bitselect
              (local.get $67)
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              (f32x4.ne
               (local.get $68)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
             )
            )
            (local.get $69)
           )
          )
          (v128.store offset=7081904 align=4
           (local.get $9)
           (block (result v128)
            (local.set $70
             (local.get $14)
            )
            (local.set $71
             (i32.add
              (local.get $3)
              (i32.const 2)
             )
            )
            (local.set $72
             (local.get $4)
            )
            (local.set $73
             (i32.div_u
              (local.get $71)
              (i32.const 200)
             )
            )
            (local.set $74
             (i32.rem_u
              (i32.div_u
               (local.get $71)
               (i32.const 200)
              )
              (i32.const 1)
             )
            )
            (local.set $75
             (i32.rem_u
              (local.get $71)
              (i32.const 200)
             )
            )
            (local.set $76
             (i32.add
              (i32.mul
               (local.get $71)
               (i32.const 64)
              )
              (local.get $72)
             )
            )
            (local.set $77
             (local.get $72)
            )
            (local.set $78
             (v128.load offset=5317120 align=4
              (i32.shl
               (local.get $77)
               (i32.const 2)
              )
             )
            )
            (local.set $79
             (f32x4.add
              (local.get $70)
              (local.get $78)
             )
            )
            (local.set $80
             (v128.and
              (f32x4.gt
               (local.get $79)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
              (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
             )
            )
            (local.set $81
             (v128.bitselect
              (local.get $79)
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              (f32x4.ne
               (local.get $80)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
             )
            )
            (local.get $81)
           )
          )
          (v128.store offset=7081920 align=4
           (local.get $9)
           (block (result v128)
            (local.set $82
             (local.get $15)
            )
            (local.set $83
             (i32.add
              (local.get $3)
              (i32.const 2)
             )
            )
            (local.set $84
             (i32.add
              (local.get $4)
              (i32.const 4)
             )
            )
            (local.set $85
             (i32.div_u
              (local.get $83)
              (i32.const 200)
             )
            )
            (local.set $86
             (i32.rem_u
              (i32.div_u
               (local.get $83)
               (i32.const 200)
              )
              (i32.const 1)
             )
            )
            (local.set $87
             (i32.rem_u
              (local.get $83)
              (i32.const 200)
             )
            )
            (local.set $88
             (i32.add
              (i32.mul
               (local.get $83)
               (i32.const 64)
              )
              (local.get $84)
             )
            )
            (local.set $89
             (local.get $84)
            )
            (local.set $90
             (v128.load offset=5317120 align=4
              (i32.shl
               (local.get $89)
               (i32.const 2)
              )
             )
            )
            (local.set $91
             (f32x4.add
              (local.get $82)
              (local.get $90)
             )
            )
            (local.set $92
             (v128.and
              (f32x4.gt
               (local.get $91)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
              (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
             )
            )
            (local.set $93
             (v128.bitselect
              (local.get $91)
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              (f32x4.ne
               (local.get $92)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
             )
            )
            (local.get $93)
           )
          )
          (v128.store offset=7082160 align=4
           (local.get $9)
           (block (result v128)
            (local.set $94
             (local.get $16)
            )
            (local.set $95
             (i32.add
              (local.get $3)
              (i32.const 3)
             )
            )
            (local.set $96
             (local.get $4)
            )
            (local.set $97
             (i32.div_u
              (local.get $95)
              (i32.const 200)
             )
            )
            (local.set $98
             (i32.rem_u
              (i32.div_u
               (local.get $95)
               (i32.const 200)
              )
              (i32.const 1)
             )
            )
            (local.set $99
             (i32.rem_u
              (local.get $95)
              (i32.const 200)
             )
            )
            (local.set $100
             (i32.add
              (i32.mul
               (local.get $95)
               (i32.const 64)
              )
              (local.get $96)
             )
            )
            (local.set $101
             (local.get $96)
            )
            (local.set $102
             (v128.load offset=5317120 align=4
              (i32.shl
               (local.get $101)
               (i32.const 2)
              )
             )
            )
            (local.set $103
             (f32x4.add
              (local.get $94)
              (local.get $102)
             )
            )
            (local.set $104
             (v128.and
              (f32x4.gt
               (local.get $103)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
              (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
             )
            )
            (local.set $105
             (v128.bitselect
              (local.get $103)
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              (f32x4.ne
               (local.get $104)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
             )
            )
            (local.get $105)
           )
          )
          (v128.store offset=7082176 align=4
           (local.get $9)
           (block (result v128)
            (local.set $106
             (local.get $17)
            )
            (local.set $107
             (i32.add
              (local.get $3)
              (i32.const 3)
             )
            )
            (local.set $108
             (i32.add
              (local.get $4)
              (i32.const 4)
             )
            )
            (local.set $109
             (i32.div_u
              (local.get $107)
              (i32.const 200)
             )
            )
            (local.set $110
             (i32.rem_u
              (i32.div_u
               (local.get $107)
               (i32.const 200)
              )
              (i32.const 1)
             )
            )
            (local.set $111
             (i32.rem_u
              (local.get $107)
              (i32.const 200)
             )
            )
            (local.set $112
             (i32.add
              (i32.mul
               (local.get $107)
               (i32.const 64)
              )
              (local.get $108)
             )
            )
            (local.set $113
             (local.get $108)
            )
            (local.set $114
             (v128.load offset=5317120 align=4
              (i32.shl
               (local.get $113)
               (i32.const 2)
              )
             )
            )
            (local.set $115
             (f32x4.add
              (local.get $106)
              (local.get $114)
             )
            )
            (local.set $116
             (v128.and
              (f32x4.gt
               (local.get $115)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
              (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
             )
            )
            (local.set $117
             (v128.bitselect
              (local.get $115)
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              (f32x4.ne
               (local.get $116)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
             )
            )
            (local.get $117)
           )
          )
          (local.set $3
           (i32.add
            (local.get $3)
            (i32.const 4)
           )
          )
          (br_if $rows1
           (i32.ne
            (local.tee $118
             (i32.sub
              (local.get $118)
              (i32.const 1)
             )
            )
            (i32.const 0)
           )
          )
         )
        )
        (local.set $4
         (i32.add
          (local.get $4)
          (i32.const 8)
         )
        )
        (local.set $5
         (i32.add
          (local.get $5)
          (i32.const 10240)
         )
        )
        (br_if $panel0
         (i32.ne
          (local.tee $119
           (i32.sub
            (local.get $119)
            (i32.const 1)
           )
          )
          (i32.const 0)
         )
        )
       )
      )
      (local.set $2
       (i32.add
        (local.get $2)
        (i32.const 1)
       )
      )
      (br_if $block3
       (i32.lt_s
        (local.get $2)
        (select
         (local.get $1)
         (i32.const 32)
         (i32.lt_s
          (local.get $1)
          (i32.const 32)
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k8_conv5_conv2d_add_compare_where_gemm_pack (param $0 i32) (param $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 i32)
  (local $22 i32)
  (local $23 i32)
  (local $24 i32)
  (local $25 i32)
  (local.set $21
   (i32.const 0)
  )
  (local.set $22
   (i32.const 0)
  )
  (block
   (local.set $25
    (i32.const 320)
   )
   (loop $packk0
    (block
     (local.set $2
      (local.get $0)
     )
     (if
      (i32.lt_s
       (local.get $2)
       (select
        (local.get $1)
        (i32.const 8)
        (i32.lt_s
         (local.get $1)
         (i32.const 8)
        )
       )
      )
      (then
       (loop $packp1
        (local.set $23
         (i32.add
          (local.get $21)
          (i32.mul
           (local.get $2)
           (i32.const 32)
          )
         )
        )
        (local.set $24
         (i32.add
          (i32.mul
           (local.get $22)
           (i32.const 32)
          )
          (i32.mul
           (local.get $2)
           (i32.const 10240)
          )
         )
        )
        (v128.store offset=16911808 align=4
         (local.get $24)
         (v128.load offset=6999472 align=4
          (local.get $23)
         )
        )
        (v128.store offset=16911824 align=4
         (local.get $24)
         (v128.load offset=6999488 align=4
          (local.get $23)
         )
        )
        (local.set $2
         (i32.add
          (local.get $2)
          (i32.const 1)
         )
        )
        (br_if $packp1
         (i32.lt_s
          (local.get $2)
          (select
           (local.get $1)
           (i32.const 8)
           (i32.lt_s
            (local.get $1)
            (i32.const 8)
           )
          )
         )
        )
       )
      )
     )
    )
    (local.set $21
     (i32.add
      (local.get $21)
      (i32.const 256)
     )
    )
    (local.set $22
     (i32.add
      (local.get $22)
      (i32.const 1)
     )
    )
    (br_if $packk0
     (i32.ne
      (local.tee $25
       (i32.sub
        (local.get $25)
        (i32.const 1)
       )
      )
      (i32.const 0)
     )
    )
   )
  )
 )
 (func $k8_conv5_conv2d_add_compare_where (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 i32)
  (local $14 i32)
  (local $15 i32)
  (local $16 i32)
  (local $17 i32)
  (local $18 i32)
  (local $19 i32)
  (local $20 i32)
  (local $21 i32)
  (local $22 i32)
  (local $23 f32)
  (local $24 i32)
  (local $25 i32)
  (local $26 i32)
  (local $27 i32)
  (local $28 i32)
  (local $29 i32)
  (local $30 i32)
  (local $31 i32)
  (local $32 i32)
  (local $33 i32)
  (local $34 i32)
  (local $35 i32)
  (local $36 i32)
  (local $37 i32)
  (local $38 i32)
  (local $39 v128)
  (local $40 i32)
  (local $41 v128)
  (local $42 v128)
  (local $43 v128)
  (local $44 v128)
  (if
   (i32.eq
    (local.get $0)
    (i32.const 0)
   )
   (then
    (i32.store
     (i32.const 16993728)
     (i32.ge_s
      (call $first_non_finite
       (i32.const 6999472)
       (i32.const 20480)
      )
      (i32.const 0)
     )
    )
   )
   (else
    (if
     (i32.eq
      (local.get $0)
      (i32.const 1)
     )
     (then
      (if
       (i32.eqz
        (i32.load
         (i32.const 16993728)
        )
       )
       (then
        (call $k8_conv5_conv2d_add_compare_where_gemm_pack
         (local.get $1)
         (local.get $2)
        )
       )
      )
     )
     (else
      (if
       (i32.eq
        (local.get $0)
        (i32.const 2)
       )
       (then
        (if
         (i32.eqz
          (i32.load
           (i32.const 16993728)
          )
         )
         (then
          (block
           (local.set $3
            (local.get $1)
           )
           (if
            (i32.lt_s
             (local.get $3)
             (select
              (local.get $2)
              (i32.const 32)
              (i32.lt_s
               (local.get $2)
               (i32.const 32)
              )
             )
            )
            (then
             (loop $block3
              (local.set $4
               (i32.mul
                (local.get $3)
                (i32.const 1)
               )
              )
              (local.set $5
               (i32.add
                (local.get $4)
                (i32.const 1)
               )
              )
              (block
               (local.set $17
                (local.get $4)
               )
               (if
                (i32.lt_s
                 (local.get $17)
                 (select
                  (local.get $5)
                  (i32.const 32)
                  (i32.lt_s
                   (local.get $5)
                   (i32.const 32)
                  )
                 )
                )
                (then
                 (loop $tile2
                  (local.set $6
                   (i32.div_u
                    (local.get $17)
                    (i32.const 1)
                   )
                  )
                  (local.set $7
                   (i32.rem_u
                    (local.get $17)
                    (i32.const 1)
                   )
                  )
                  (local.set $16
                   (i32.mul
                    (local.get $17)
                    (i32.const 200)
                   )
                  )
                  (block
                   (local.set $8
                    (i32.const 0)
                   )
                   (loop $for1
                    (local.set $13
                     (i32.sub
                      (i32.mul
                       (local.get $8)
                       (i32.const 1)
                      )
                      (i32.const 2)
                     )
                    )
                    (block
                     (local.set $9
                      (i32.const 0)
                     )
                     (local.set $11
                      (i32.add
                       (i32.mul
                        (local.get $7)
                        (i32.const 1)
                       )
                       (i32.sub
                        (i32.mul
                         (local.get $9)
                         (i32.const 1)
                        )
                        (i32.const 0)
                       )
                      )
                     )
                     (if
                      (i32.lt_u
                       (local.get $11)
                       (i32.const 1)
                      )
                      (then
                       (if
                        (i32.le_u
                         (local.get $13)
                         (i32.const 195)
                        )
                        (then
                         (local.set $14
                          (i32.mul
                           (i32.add
                            (i32.mul
                             (i32.add
                              (i32.mul
                               (local.get $6)
                               (i32.const 1)
                              )
                              (local.get $11)
                             )
                             (i32.const 200)
                            )
                            (local.get $13)
                           )
                           (i32.const 256)
                          )
                         )
                         (local.set $15
                          (i32.mul
                           (i32.add
                            (i32.mul
                             (i32.add
                              (i32.mul
                               (local.get $16)
                               (i32.const 1)
                              )
                              (local.get $9)
                             )
                             (i32.const 5)
                            )
                            (i32.const 0)
                           )
                           (i32.const 256)
                          )
                         )
                         (memory.copy
                          (i32.add
                           (local.get $15)
                           (i32.const 8719808)
                          )
                          (i32.add
                           (local.get $14)
                           (i32.const 5344688)
                          )
                          (i32.const 1280)
                         )
                        )
                        (else
                         (local.set $10
                          (i32.const 0)
                         )
                         (loop $for0
                          (local.set $12
                           (i32.add
                            (local.get $13)
                            (i32.mul
                             (local.get $10)
                             (i32.const 1)
                            )
                           )
                          )
                          (local.set $15
                           (i32.mul
                            (i32.add
                             (i32.mul
                              (i32.add
                               (i32.mul
                                (local.get $16)
                                (i32.const 1)
                               )
                               (local.get $9)
                              )
                              (i32.const 5)
                             )
                             (local.get $10)
                            )
                            (i32.const 256)
                           )
                          )
                          (if
                           (i32.lt_u
                            (local.get $12)
                            (i32.const 200)
                           )
                           (then
                            (local.set $14
                             (i32.mul
                              (i32.add
                               (i32.mul
                                (i32.add
                                 (i32.mul
                                  (local.get $6)
                                  (i32.const 1)
                                 )
                                 (local.get $11)
                                )
                                (i32.const 200)
                               )
                               (local.get $12)
                              )
                              (i32.const 256)
                             )
                            )
                            (memory.copy
                             (i32.add
                              (local.get $15)
                              (i32.const 8719808)
                             )
                             (i32.add
                              (local.get $14)
                              (i32.const 5344688)
                             )
                             (i32.const 256)
                            )
                           )
                           (else
                            (memory.fill
                             (i32.add
                              (local.get $15)
                              (i32.const 8719808)
                             )
                             (i32.const 0)
                             (i32.const 256)
                            )
                           )
                          )
                          (local.set $10
                           (i32.add
                            (local.get $10)
                            (i32.const 1)
                           )
                          )
                          (br_if $for0
                           (i32.lt_s
                            (local.get $10)
                            (i32.const 5)
                           )
                          )
                         )
                        )
                       )
                      )
                      (else
                       (local.set $15
                        (i32.mul
                         (i32.add
                          (i32.mul
                           (i32.add
                            (i32.mul
                             (local.get $16)
                             (i32.const 1)
                            )
                            (local.get $9)
                           )
                           (i32.const 5)
                          )
                          (i32.const 0)
                         )
                         (i32.const 256)
                        )
                       )
                       (memory.fill
                        (i32.add
                         (local.get $15)
                         (i32.const 8719808)
                        )
                        (i32.const 0)
                        (i32.const 1280)
                       )
                      )
                     )
                    )
                    (local.set $16
                     (i32.add
                      (local.get $16)
                      (i32.const 1)
                     )
                    )
                    (local.set $8
                     (i32.add
                      (local.get $8)
                      (i32.const 1)
                     )
                    )
                    (br_if $for1
                     (i32.lt_s
                      (local.get $8)
                      (i32.const 200)
                     )
                    )
                   )
                  )
                  (local.set $17
                   (i32.add
                    (local.get $17)
                    (i32.const 1)
                   )
                  )
                  (br_if $tile2
                   (i32.lt_s
                    (local.get $17)
                    (select
                     (local.get $5)
                     (i32.const 32)
                     (i32.lt_s
                      (local.get $5)
                      (i32.const 32)
                     )
                    )
                   )
                  )
                 )
                )
               )
              )
              (call $k8_conv5_conv2d_add_compare_where_gemm
               (local.get $3)
               (i32.add
                (local.get $3)
                (i32.const 1)
               )
              )
              (local.set $3
               (i32.add
                (local.get $3)
                (i32.const 1)
               )
              )
              (br_if $block3
               (i32.lt_s
                (local.get $3)
                (select
                 (local.get $2)
                 (i32.const 32)
                 (i32.lt_s
                  (local.get $2)
                  (i32.const 32)
                 )
                )
               )
              )
             )
            )
           )
          )
         )
        )
       )
       (else
        (if
         (i32.eq
          (local.get $0)
          (i32.const 3)
         )
         (then
          (if
           (i32.load
            (i32.const 16993728)
           )
           (then
            (local.set $1
             (i32.const 0)
            )
            (local.set $2
             (i32.const 32)
            )
            (memory.fill
             (i32.const 7081392)
             (i32.const 0)
             (i32.const 1638400)
            )
            (block
             (local.set $24
              (local.get $1)
             )
             (if
              (i32.lt_s
               (local.get $24)
               (select
                (local.get $2)
                (i32.const 32)
                (i32.lt_s
                 (local.get $2)
                 (i32.const 32)
                )
               )
              )
              (then
               (loop $tile10
                (local.set $34
                 (i32.mul
                  (local.get $24)
                  (i32.const 200)
                 )
                )
                (block
                 (local.set $25
                  (i32.const 0)
                 )
                 (block
                  (local.set $26
                   (i32.const 0)
                  )
                  (loop $for9
                   (local.set $31
                    (i32.sub
                     (i32.mul
                      (local.get $26)
                      (i32.const 1)
                     )
                     (i32.const 2)
                    )
                   )
                   (block
                    (local.set $27
                     (i32.const 0)
                    )
                    (local.set $29
                     (i32.add
                      (i32.mul
                       (local.get $25)
                       (i32.const 1)
                      )
                      (i32.sub
                       (i32.mul
                        (local.get $27)
                        (i32.const 1)
                       )
                       (i32.const 0)
                      )
                     )
                    )
                    (if
                     (i32.lt_u
                      (local.get $29)
                      (i32.const 1)
                     )
                     (then
                      (if
                       (i32.le_u
                        (local.get $31)
                        (i32.const 195)
                       )
                       (then
                        (local.set $32
                         (i32.mul
                          (i32.add
                           (i32.mul
                            (i32.add
                             (i32.mul
                              (local.get $24)
                              (i32.const 1)
                             )
                             (local.get $29)
                            )
                            (i32.const 200)
                           )
                           (local.get $31)
                          )
                          (i32.const 256)
                         )
                        )
                        (local.set $33
                         (i32.mul
                          (i32.add
                           (i32.mul
                            (i32.add
                             (i32.mul
                              (local.get $34)
                              (i32.const 1)
                             )
                             (local.get $27)
                            )
                            (i32.const 5)
                           )
                           (i32.const 0)
                          )
                          (i32.const 256)
                         )
                        )
                        (block
                         (local.set $18
                          (i32.const 0)
                         )
                         (loop $for8
                          (local.set $23
                           (f32.load offset=5344688
                            (i32.add
                             (local.get $32)
                             (i32.shl
                              (local.get $18)
                              (i32.const 2)
                             )
                            )
                           )
                          )
                          (local.set $20
                           (i32.div_u
                            (i32.shr_u
                             (local.get $33)
                             (i32.const 2)
                            )
                            (i32.const 320)
                           )
                          )
                          (local.set $21
                           (i32.add
                            (i32.rem_u
                             (i32.shr_u
                              (local.get $33)
                              (i32.const 2)
                             )
                             (i32.const 320)
                            )
                            (local.get $18)
                           )
                          )
                          (block
                           (local.set $19
                            (i32.const 0)
                           )
                           (loop $for7
                            (local.set $22
                             (i32.shl
                              (i32.add
                               (i32.mul
                                (local.get $20)
                                (i32.const 64)
                               )
                               (local.get $19)
                              )
                              (i32.const 2)
                             )
                            )
                            (f32.store offset=7081392
                             (local.get $22)
                             (f32.add
                              (f32.load offset=7081392
                               (local.get $22)
                              )
                              (f32.mul
                               (local.get $23)
                               (f32.load offset=6999472
                                (i32.shl
                                 (i32.add
                                  (i32.mul
                                   (local.get $21)
                                   (i32.const 64)
                                  )
                                  (local.get $19)
                                 )
                                 (i32.const 2)
                                )
                               )
                              )
                             )
                            )
                            (local.set $19
                             (i32.add
                              (local.get $19)
                              (i32.const 1)
                             )
                            )
                            (br_if $for7
                             (i32.lt_s
                              (local.get $19)
                              (i32.const 64)
                             )
                            )
                           )
                          )
                          (local.set $18
                           (i32.add
                            (local.get $18)
                            (i32.const 1)
                           )
                          )
                          (br_if $for8
                           (i32.lt_s
                            (local.get $18)
                            (i32.const 320)
                           )
                          )
                         )
                        )
                       )
                       (else
                        (local.set $28
                         (i32.const 0)
                        )
                        (loop $for6
                         (local.set $30
                          (i32.add
                           (local.get $31)
                           (i32.mul
                            (local.get $28)
                            (i32.const 1)
                           )
                          )
                         )
                         (local.set $33
                          (i32.mul
                           (i32.add
                            (i32.mul
                             (i32.add
                              (i32.mul
                               (local.get $34)
                               (i32.const 1)
                              )
                              (local.get $27)
                             )
                             (i32.const 5)
                            )
                            (local.get $28)
                           )
                           (i32.const 256)
                          )
                         )
                         (if
                          (i32.lt_u
                           (local.get $30)
                           (i32.const 200)
                          )
                          (then
                           (local.set $32
                            (i32.mul
                             (i32.add
                              (i32.mul
                               (i32.add
                                (i32.mul
                                 (local.get $24)
                                 (i32.const 1)
                                )
                                (local.get $29)
                               )
                               (i32.const 200)
                              )
                              (local.get $30)
                             )
                             (i32.const 256)
                            )
                           )
                           (block
                            (local.set $18
                             (i32.const 0)
                            )
                            (loop $for5
                             (local.set $23
                              (f32.load offset=5344688
                               (i32.add
                                (local.get $32)
                                (i32.shl
                                 (local.get $18)
                                 (i32.const 2)
                                )
                               )
                              )
                             )
                             (local.set $20
                              (i32.div_u
                               (i32.shr_u
                                (local.get $33)
                                (i32.const 2)
                               )
                               (i32.const 320)
                              )
                             )
                             (local.set $21
                              (i32.add
                               (i32.rem_u
                                (i32.shr_u
                                 (local.get $33)
                                 (i32.const 2)
                                )
                                (i32.const 320)
                               )
                               (local.get $18)
                              )
                             )
                             (block
                              (local.set $19
                               (i32.const 0)
                              )
                              (loop $for4
                               (local.set $22
                                (i32.shl
                                 (i32.add
                                  (i32.mul
                                   (local.get $20)
                                   (i32.const 64)
                                  )
                                  (local.get $19)
                                 )
                                 (i32.const 2)
                                )
                               )
                               (f32.store offset=7081392
                                (local.get $22)
                                (f32.add
                                 (f32.load offset=7081392
                                  (local.get $22)
                                 )
                                 (f32.mul
                                  (local.get $23)
                                  (f32.load offset=6999472
                                   (i32.shl
                                    (i32.add
                                     (i32.mul
                                      (local.get $21)
                                      (i32.const 64)
                                     )
                                     (local.get $19)
                                    )
                                    (i32.const 2)
                                   )
                                  )
                                 )
                                )
                               )
                               (local.set $19
                                (i32.add
                                 (local.get $19)
                                 (i32.const 1)
                                )
                               )
                               (br_if $for4
                                (i32.lt_s
                                 (local.get $19)
                                 (i32.const 64)
                                )
                               )
                              )
                             )
                             (local.set $18
                              (i32.add
                               (local.get $18)
                               (i32.const 1)
                              )
                             )
                             (br_if $for5
                              (i32.lt_s
                               (local.get $18)
                               (i32.const 64)
                              )
                             )
                            )
                           )
                          )
                         )
                         (local.set $28
                          (i32.add
                           (local.get $28)
                           (i32.const 1)
                          )
                         )
                         (br_if $for6
                          (i32.lt_s
                           (local.get $28)
                           (i32.const 5)
                          )
                         )
                        )
                       )
                      )
                     )
                    )
                   )
                   (local.set $34
                    (i32.add
                     (local.get $34)
                     (i32.const 1)
                    )
                   )
                   (local.set $26
                    (i32.add
                     (local.get $26)
                     (i32.const 1)
                    )
                   )
                   (br_if $for9
                    (i32.lt_s
                     (local.get $26)
                     (i32.const 200)
                    )
                   )
                  )
                 )
                )
                (local.set $24
                 (i32.add
                  (local.get $24)
                  (i32.const 1)
                 )
                )
                (br_if $tile10
                 (i32.lt_s
                  (local.get $24)
                  (select
                   (local.get $2)
                   (i32.const 32)
                   (i32.lt_s
                    (local.get $2)
                    (i32.const 32)
                   )
                  )
                 )
                )
               )
              )
             )
            )
           )
          )
         )
         (else
          (if
           (i32.load
            (i32.const 16993728)
           )
           (then
            (block
             (local.set $35
              (local.get $1)
             )
             (if
              (i32.lt_s
               (local.get $35)
               (select
                (local.get $2)
                (i32.const 32)
                (i32.lt_s
                 (local.get $2)
                 (i32.const 32)
                )
               )
              )
              (then
               (loop $tile13
                (block
                 (local.set $36
                  (i32.const 0)
                 )
                 (loop $for12
                  (block
                   (local.set $37
                    (i32.const 0)
                   )
                   (loop $for11
                    (local.set $38
                     (i32.add
                      (i32.add
                       (i32.mul
                        (local.get $35)
                        (i32.const 12800)
                       )
                       (i32.mul
                        (local.get $36)
                        (i32.const 64)
                       )
                      )
                      (local.get $37)
                     )
                    )
                    (local.set $39
                     (v128.load offset=7081392 align=4
                      (i32.shl
                       (local.get $38)
                       (i32.const 2)
                      )
                     )
                    )
                    (local.set $40
                     (local.get $37)
                    )
                    (local.set $41
                     (v128.load offset=5317120 align=4
                      (i32.shl
                       (local.get $40)
                       (i32.const 2)
                      )
                     )
                    )
                    (local.set $42
                     (f32x4.add
                      (local.get $39)
                      (local.get $41)
                     )
                    )
                    (local.set $43
                     (v128.and
                      (f32x4.gt
                       (local.get $42)
                       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                      )
                      (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
                     )
                    )
                    (local.set $44
                     (v128.bitselect
                      (local.get $42)
                      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                      (f32x4.ne
                       (local.get $43)
                       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                      )
                     )
                    )
                    (v128.store offset=7081392 align=4
                     (i32.shl
                      (local.get $38)
                      (i32.const 2)
                     )
                     (local.get $44)
                    )
                    (local.set $37
                     (i32.add
                      (local.get $37)
                      (i32.const 4)
                     )
                    )
                    (br_if $for11
                     (i32.lt_s
                      (local.get $37)
                      (i32.const 64)
                     )
                    )
                   )
                  )
                  (local.set $36
                   (i32.add
                    (local.get $36)
                    (i32.const 1)
                   )
                  )
                  (br_if $for12
                   (i32.lt_s
                    (local.get $36)
                    (i32.const 200)
                   )
                  )
                 )
                )
                (local.set $35
                 (i32.add
                  (local.get $35)
                  (i32.const 1)
                 )
                )
                (br_if $tile13
                 (i32.lt_s
                  (local.get $35)
                  (select
                   (local.get $2)
                   (i32.const 32)
                   (i32.lt_s
                    (local.get $2)
                    (i32.const 32)
                   )
                  )
                 )
                )
               )
              )
             )
            )
           )
          )
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k9_reshape_compare_where_reduceMax (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 v128)
  (local $6 v128)
  (local $7 v128)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 i32)
  (block
   (local.set $3
    (local.get $1)
   )
   (if
    (i32.lt_s
     (local.get $3)
     (select
      (local.get $2)
      (i32.const 32)
      (i32.lt_s
       (local.get $2)
       (i32.const 32)
      )
     )
    )
    (then
     (loop $tile2
      (block
       (local.set $4
        (i32.const 0)
       )
       (loop $for1
        (local.set $5
         (v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000)
        )
        (local.set $6
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (block
         (local.set $8
          (i32.const 0)
         )
         (loop $for0
          (local.set $9
           (i32.add
            (i32.add
             (i32.mul
              (local.get $3)
              (i32.const 12800)
             )
             (i32.mul
              (local.get $8)
              (i32.const 64)
             )
            )
            (local.get $4)
           )
          )
          (local.set $10
           (i32.add
            (i32.mul
             (local.get $3)
             (i32.const 200)
            )
            (local.get $8)
           )
          )
          (local.set $11
           (v128.load32_splat offset=5318960
            (i32.shl
             (local.get $10)
             (i32.const 2)
            )
           )
          )
          (local.set $12
           (v128.and
            (i32x4.ne
             (local.get $11)
             (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            )
            (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
           )
          )
          (local.set $13
           (local.get $12)
          )
          (local.set $14
           (v128.load offset=7081392 align=4
            (i32.shl
             (local.get $9)
             (i32.const 2)
            )
           )
          )
          (local.set $15
           (local.get $14)
          )
          (local.set $16
           (v128.bitselect
            (local.get $15)
            (v128.const i32x4 0xf149f2ca 0xf149f2ca 0xf149f2ca 0xf149f2ca)
            (f32x4.ne
             (local.get $13)
             (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            )
           )
          )
          (local.set $5
           (f32x4.max
            (local.get $5)
            (local.get $16)
           )
          )
          (local.set $8
           (i32.add
            (local.get $8)
            (i32.const 1)
           )
          )
          (br_if $for0
           (i32.lt_s
            (local.get $8)
            (i32.const 200)
           )
          )
         )
        )
        (local.set $17
         (i32.add
          (i32.mul
           (local.get $3)
           (i32.const 64)
          )
          (local.get $4)
         )
        )
        (v128.store offset=5344688 align=4
         (i32.shl
          (local.get $17)
          (i32.const 2)
         )
         (local.get $5)
        )
        (local.set $4
         (i32.add
          (local.get $4)
          (i32.const 4)
         )
        )
        (br_if $for1
         (i32.lt_s
          (local.get $4)
          (i32.const 64)
         )
        )
       )
      )
      (local.set $3
       (i32.add
        (local.get $3)
        (i32.const 1)
       )
      )
      (br_if $tile2
       (i32.lt_s
        (local.get $3)
        (select
         (local.get $2)
         (i32.const 32)
         (i32.lt_s
          (local.get $2)
          (i32.const 32)
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k10_concat (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 v128)
  (local $7 i32)
  (local $8 v128)
  (local $9 i32)
  (local $10 i32)
  (local $11 v128)
  (local $12 i32)
  (local $13 i32)
  (local $14 v128)
  (local $15 v128)
  (block
   (local.set $3
    (local.get $1)
   )
   (if
    (i32.lt_s
     (local.get $3)
     (select
      (local.get $2)
      (i32.const 32)
      (i32.lt_s
       (local.get $2)
       (i32.const 32)
      )
     )
    )
    (then
     (loop $tile1
      (block
       (local.set $4
        (i32.const 0)
       )
       (loop $for0
        (local.set $5
         (i32.add
          (i32.mul
           (local.get $3)
           (i32.const 192)
          )
          (local.get $4)
         )
        )
        (if
         (i32.lt_s
          (local.get $4)
          (i32.const 64)
         )
         (then
          (local.set $7
           (i32.add
            (i32.mul
             (local.get $3)
             (i32.const 64)
            )
            (local.get $4)
           )
          )
          (local.set $8
           (v128.load offset=6983088 align=4
            (i32.shl
             (local.get $7)
             (i32.const 2)
            )
           )
          )
          (local.set $6
           (local.get $8)
          )
         )
         (else
          (if
           (i32.lt_s
            (local.get $4)
            (i32.const 128)
           )
           (then
            (local.set $9
             (i32.add
              (local.get $4)
              (i32.const -64)
             )
            )
            (local.set $10
             (i32.add
              (i32.mul
               (local.get $3)
               (i32.const 64)
              )
              (local.get $9)
             )
            )
            (local.set $11
             (v128.load offset=6991280 align=4
              (i32.shl
               (local.get $10)
               (i32.const 2)
              )
             )
            )
            (local.set $6
             (local.get $11)
            )
           )
           (else
            (local.set $12
             (i32.add
              (local.get $4)
              (i32.const -128)
             )
            )
            (local.set $13
             (i32.add
              (i32.mul
               (local.get $3)
               (i32.const 64)
              )
              (local.get $12)
             )
            )
            (local.set $14
             (v128.load offset=5344688 align=4
              (i32.shl
               (local.get $13)
               (i32.const 2)
              )
             )
            )
            (local.set $6
             (local.get $14)
            )
           )
          )
         )
        )
        (local.set $15
         (local.get $6)
        )
        (v128.store offset=5318960 align=4
         (i32.shl
          (local.get $5)
          (i32.const 2)
         )
         (local.get $15)
        )
        (local.set $4
         (i32.add
          (local.get $4)
          (i32.const 4)
         )
        )
        (br_if $for0
         (i32.lt_s
          (local.get $4)
          (i32.const 192)
         )
        )
       )
      )
      (local.set $3
       (i32.add
        (local.get $3)
        (i32.const 1)
       )
      )
      (br_if $tile1
       (i32.lt_s
        (local.get $3)
        (select
         (local.get $2)
         (i32.const 32)
         (i32.lt_s
          (local.get $2)
          (i32.const 32)
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k11_out_matmul_add_gemm (param $0 i32) (param $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 v128)
  (local $22 i32)
  (local $23 i32)
  (local $24 i32)
  (local $25 i32)
  (local $26 v128)
  (local $27 v128)
  (local $28 v128)
  (local $29 i32)
  (local $30 i32)
  (local $31 i32)
  (local $32 i32)
  (local $33 v128)
  (local $34 v128)
  (local $35 v128)
  (local $36 i32)
  (local $37 i32)
  (local $38 i32)
  (local $39 i32)
  (local $40 v128)
  (local $41 v128)
  (local $42 v128)
  (local $43 i32)
  (local $44 i32)
  (local $45 i32)
  (local $46 i32)
  (local $47 v128)
  (local $48 v128)
  (local $49 i32)
  (if
   (i32.gt_s
    (local.get $1)
    (i32.const 0)
   )
   (then
    (local.set $4
     (i32.mul
      (i32.const 0)
      (i32.const 8)
     )
    )
    (local.set $5
     (i32.mul
      (i32.const 0)
      (i32.const 32)
     )
    )
    (local.set $3
     (i32.const 0)
    )
    (block
     (local.set $49
      (i32.const 8)
     )
     (loop $rows0
      (local.set $6
       (i32.mul
        (local.get $3)
        (i32.const 768)
       )
      )
      (local.set $7
       (local.get $5)
      )
      (local.set $10
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
      (local.set $12
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
      (local.set $14
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
      (local.set $16
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
      (local.set $8
       (i32.add
        (local.get $7)
        (i32.const 1536)
       )
      )
      (loop $k1
       (local.set $18
        (v128.load64_zero offset=5317392 align=4
         (local.get $7)
        )
       )
       (local.set $20
        (v128.load32_splat offset=5318960
         (local.get $6)
        )
       )
       (local.set $10
        (f32x4.add
         (local.get $10)
         (f32x4.mul
          (local.get $20)
          (local.get $18)
         )
        )
       )
       (local.set $20
        (v128.load32_splat offset=5319728
         (local.get $6)
        )
       )
       (local.set $12
        (f32x4.add
         (local.get $12)
         (f32x4.mul
          (local.get $20)
          (local.get $18)
         )
        )
       )
       (local.set $20
        (v128.load32_splat offset=5320496
         (local.get $6)
        )
       )
       (local.set $14
        (f32x4.add
         (local.get $14)
         (f32x4.mul
          (local.get $20)
          (local.get $18)
         )
        )
       )
       (local.set $20
        (v128.load32_splat offset=5321264
         (local.get $6)
        )
       )
       (local.set $16
        (f32x4.add
         (local.get $16)
         (f32x4.mul
          (local.get $20)
          (local.get $18)
         )
        )
       )
       (local.set $6
        (i32.add
         (local.get $6)
         (i32.const 4)
        )
       )
       (local.set $7
        (i32.add
         (local.get $7)
         (i32.const 8)
        )
       )
       (br_if $k1
        (i32.ne
         (local.get $7)
         (local.get $8)
        )
       )
      )
      (local.set $9
       (i32.add
        (i32.mul
         (local.get $3)
         (i32.const 8)
        )
        (i32.shl
         (local.get $4)
         (i32.const 2)
        )
       )
      )
      (local.set $10
       (block (result v128)
        (local.set $21
         (local.get $10)
        )
        (local.set $22
         (local.get $3)
        )
        (local.set $23
         (local.get $4)
        )
        (local.set $24
         (i32.add
          (i32.mul
           (local.get $22)
           (i32.const 2)
          )
          (local.get $23)
         )
        )
        (local.set $25
         (local.get $23)
        )
        (local.set $26
         (v128.load offset=5318928 align=4
          (i32.shl
           (local.get $25)
           (i32.const 2)
          )
         )
        )
        (local.set $27
         (f32x4.add
          (local.get $21)
          (local.get $26)
         )
        )
        (local.get $27)
       )
      )
      (v128.store64_lane offset=5343536 align=4 0
       (local.get $9)
       (local.get $10)
      )
      (local.set $12
       (block (result v128)
        (local.set $28
         (local.get $12)
        )
        (local.set $29
         (i32.add
          (local.get $3)
          (i32.const 1)
         )
        )
        (local.set $30
         (local.get $4)
        )
        (local.set $31
         (i32.add
          (i32.mul
           (local.get $29)
           (i32.const 2)
          )
          (local.get $30)
         )
        )
        (local.set $32
         (local.get $30)
        )
        (local.set $33
         (v128.load offset=5318928 align=4
          (i32.shl
           (local.get $32)
           (i32.const 2)
          )
         )
        )
        (local.set $34
         (f32x4.add
          (local.get $28)
          (local.get $33)
         )
        )
        (local.get $34)
       )
      )
      (v128.store64_lane offset=5343544 align=4 0
       (local.get $9)
       (local.get $12)
      )
      (local.set $14
       (block (result v128)
        (local.set $35
         (local.get $14)
        )
        (local.set $36
         (i32.add
          (local.get $3)
          (i32.const 2)
         )
        )
        (local.set $37
         (local.get $4)
        )
        (local.set $38
         (i32.add
          (i32.mul
           (local.get $36)
           (i32.const 2)
          )
          (local.get $37)
         )
        )
        (local.set $39
         (local.get $37)
        )
        (local.set $40
         (v128.load offset=5318928 align=4
          (i32.shl
           (local.get $39)
           (i32.const 2)
          )
         )
        )
        (local.set $41
         (f32x4.add
          (local.get $35)
          (local.get $40)
         )
        )
        (local.get $41)
       )
      )
      (v128.store64_lane offset=5343552 align=4 0
       (local.get $9)
       (local.get $14)
      )
      (local.set $16
       (block (result v128)
        (local.set $42
         (local.get $16)
        )
        (local.set $43
         (i32.add
          (local.get $3)
          (i32.const 3)
         )
        )
        (local.set $44
         (local.get $4)
        )
        (local.set $45
         (i32.add
          (i32.mul
           (local.get $43)
           (i32.const 2)
          )
          (local.get $44)
         )
        )
        (local.set $46
         (local.get $44)
        )
        (local.set $47
         (v128.load offset=5318928 align=4
          (i32.shl
           (local.get $46)
           (i32.const 2)
          )
         )
        )
        (local.set $48
         (f32x4.add
          (local.get $42)
          (local.get $47)
         )
        )
        (local.get $48)
       )
      )
      (v128.store64_lane offset=5343560 align=4 0
       (local.get $9)
       (local.get $16)
      )
      (local.set $3
       (i32.add
        (local.get $3)
        (i32.const 4)
       )
      )
      (br_if $rows0
       (i32.ne
        (local.tee $49
         (i32.sub
          (local.get $49)
          (i32.const 1)
         )
        )
        (i32.const 0)
       )
      )
     )
    )
   )
  )
 )
 (func $k11_out_matmul_add (param $0 i32) (param $1 i32) (param $2 i32)
  (call $k11_out_matmul_add_gemm
   (local.get $1)
   (local.get $2)
  )
 )
 (func $k12_rows_reduceMax_reduceSum_div (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 f32)
  (local $5 i32)
  (local $6 i32)
  (local $7 f32)
  (local $8 i32)
  (local $9 f32)
  (local $10 i32)
  (local $11 f32)
  (local $12 i32)
  (local $13 i32)
  (local $14 f32)
  (local $15 f32)
  (local $16 f32)
  (local $17 i32)
  (local $18 i32)
  (local $19 i32)
  (local $20 f32)
  (local $21 f32)
  (local $22 f32)
  (local $23 f32)
  (block
   (local.set $3
    (local.get $1)
   )
   (if
    (i32.lt_s
     (local.get $3)
     (select
      (local.get $2)
      (i32.const 32)
      (i32.lt_s
       (local.get $2)
       (i32.const 32)
      )
     )
    )
    (then
     (loop $tile3
      (local.set $4
       (f32.const -inf)
      )
      (block
       (local.set $5
        (i32.const 0)
       )
       (loop $for0
        (local.set $6
         (i32.add
          (i32.mul
           (local.get $3)
           (i32.const 2)
          )
          (local.get $5)
         )
        )
        (local.set $7
         (f32.load offset=5343536
          (i32.shl
           (local.get $6)
           (i32.const 2)
          )
         )
        )
        (local.set $4
         (f32.max
          (local.get $4)
          (local.get $7)
         )
        )
        (local.set $5
         (i32.add
          (local.get $5)
          (i32.const 1)
         )
        )
        (br_if $for0
         (i32.lt_s
          (local.get $5)
          (i32.const 2)
         )
        )
       )
      )
      (local.set $8
       (local.get $3)
      )
      (local.set $9
       (local.get $4)
      )
      (local.set $10
       (local.get $3)
      )
      (f32.store offset=5318960
       (i32.shl
        (local.get $10)
        (i32.const 2)
       )
       (local.get $9)
      )
      (local.set $11
       (f32.const 0)
      )
      (block
       (local.set $12
        (i32.const 0)
       )
       (loop $for1
        (local.set $13
         (i32.add
          (i32.mul
           (local.get $3)
           (i32.const 2)
          )
          (local.get $12)
         )
        )
        (local.set $14
         (f32.load offset=5343536
          (i32.shl
           (local.get $13)
           (i32.const 2)
          )
         )
        )
        (local.set $15
         (f32.sub
          (local.get $14)
          (local.get $9)
         )
        )
        (local.set $16
         (f32x4.extract_lane 0
          (call $gf_exp_f32x4
           (f32x4.splat
            (local.get $15)
           )
          )
         )
        )
        (local.set $11
         (f32.add
          (local.get $11)
          (local.get $16)
         )
        )
        (local.set $12
         (i32.add
          (local.get $12)
          (i32.const 1)
         )
        )
        (br_if $for1
         (i32.lt_s
          (local.get $12)
          (i32.const 2)
         )
        )
       )
      )
      (local.set $17
       (local.get $3)
      )
      (f32.store offset=5319088
       (i32.shl
        (local.get $17)
        (i32.const 2)
       )
       (local.get $11)
      )
      (block
       (local.set $18
        (i32.const 0)
       )
       (loop $for2
        (local.set $19
         (i32.add
          (i32.mul
           (local.get $3)
           (i32.const 2)
          )
          (local.get $18)
         )
        )
        (local.set $20
         (f32.load offset=5343536
          (i32.shl
           (local.get $19)
           (i32.const 2)
          )
         )
        )
        (local.set $21
         (f32.sub
          (local.get $20)
          (local.get $9)
         )
        )
        (local.set $22
         (f32x4.extract_lane 0
          (call $gf_exp_f32x4
           (f32x4.splat
            (local.get $21)
           )
          )
         )
        )
        (local.set $23
         (f32.div
          (local.get $22)
          (local.get $11)
         )
        )
        (f32.store offset=5319216
         (i32.shl
          (local.get $19)
          (i32.const 2)
         )
         (local.get $23)
        )
        (local.set $18
         (i32.add
          (local.get $18)
          (i32.const 1)
         )
        )
        (br_if $for2
         (i32.lt_s
          (local.get $18)
          (i32.const 2)
         )
        )
       )
      )
      (local.set $3
       (i32.add
        (local.get $3)
        (i32.const 1)
       )
      )
      (br_if $tile3
       (i32.lt_s
        (local.get $3)
        (select
         (local.get $2)
         (i32.const 32)
         (i32.lt_s
          (local.get $2)
          (i32.const 32)
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k13_reshape_compare_log_4more (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 f32)
  (local $5 f32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 f32)
  (local $14 f32)
  (local $15 f32)
  (local $16 f32)
  (local $17 f32)
  (local $18 f32)
  (local $19 f32)
  (local $20 f32)
  (local $21 i32)
  (local $22 f32)
  (block
   (local.set $3
    (local.get $1)
   )
   (if
    (i32.lt_s
     (local.get $3)
     (select
      (local.get $2)
      (i32.const 32)
      (i32.lt_s
       (local.get $2)
       (i32.const 32)
      )
     )
    )
    (then
     (loop $tile1
      (local.set $4
       (f32.const 0)
      )
      (block
       (local.set $6
        (i32.const 0)
       )
       (loop $for0
        (local.set $7
         (i32.add
          (i32.mul
           (local.get $3)
           (i32.const 2)
          )
          (local.get $6)
         )
        )
        (local.set $8
         (local.get $3)
        )
        (local.set $9
         (i32.load offset=5344560
          (i32.shl
           (local.get $8)
           (i32.const 2)
          )
         )
        )
        (local.set $10
         (local.get $9)
        )
        (local.set $11
         (local.get $6)
        )
        (local.set $12
         (i32.load offset=5318944
          (i32.shl
           (local.get $11)
           (i32.const 2)
          )
         )
        )
        (local.set $13
         (f32.convert_i32_u
          (i32.eq
           (local.get $10)
           (local.get $12)
          )
         )
        )
        (local.set $14
         (f32.load offset=5343536
          (i32.shl
           (local.get $7)
           (i32.const 2)
          )
         )
        )
        (local.set $15
         (f32.load offset=5318960
          (i32.shl
           (local.get $8)
           (i32.const 2)
          )
         )
        )
        (local.set $16
         (f32.sub
          (local.get $14)
          (local.get $15)
         )
        )
        (local.set $17
         (f32.load offset=5319088
          (i32.shl
           (local.get $8)
           (i32.const 2)
          )
         )
        )
        (local.set $18
         (f32x4.extract_lane 0
          (call $gf_log_f32x4
           (f32x4.splat
            (local.get $17)
           )
          )
         )
        )
        (local.set $19
         (f32.sub
          (local.get $16)
          (local.get $18)
         )
        )
        (local.set $20
         (f32.mul
          (local.get $13)
          (local.get $19)
         )
        )
        (local.set $4
         (f32.add
          (local.get $4)
          (local.get $20)
         )
        )
        (local.set $6
         (i32.add
          (local.get $6)
          (i32.const 1)
         )
        )
        (br_if $for0
         (i32.lt_s
          (local.get $6)
          (i32.const 2)
         )
        )
       )
      )
      (local.set $21
       (local.get $3)
      )
      (local.set $22
       (f32.neg
        (local.get $4)
       )
      )
      (f32.store offset=5319472
       (i32.shl
        (local.get $21)
        (i32.const 2)
       )
       (local.get $22)
      )
      (local.set $3
       (i32.add
        (local.get $3)
        (i32.const 1)
       )
      )
      (br_if $tile1
       (i32.lt_s
        (local.get $3)
        (select
         (local.get $2)
         (i32.const 32)
         (i32.lt_s
          (local.get $2)
          (i32.const 32)
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k14_reduceSum_div (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 v128)
  (local $4 f32)
  (local $5 i32)
  (local $6 i32)
  (local $7 v128)
  (local $8 f32)
  (local.set $3
   (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
  )
  (block
   (local.set $5
    (i32.const 0)
   )
   (loop $for0
    (local.set $6
     (local.get $5)
    )
    (local.set $7
     (v128.load offset=5319472 align=4
      (i32.shl
       (local.get $6)
       (i32.const 2)
      )
     )
    )
    (local.set $3
     (f32x4.add
      (local.get $3)
      (local.get $7)
     )
    )
    (local.set $5
     (i32.add
      (local.get $5)
      (i32.const 4)
     )
    )
    (br_if $for0
     (i32.lt_s
      (local.get $5)
      (i32.const 32)
     )
    )
   )
  )
  (local.set $4
   (f32.add
    (f32.add
     (f32x4.extract_lane 0
      (local.get $3)
     )
     (f32x4.extract_lane 1
      (local.get $3)
     )
    )
    (f32.add
     (f32x4.extract_lane 2
      (local.get $3)
     )
     (f32x4.extract_lane 3
      (local.get $3)
     )
    )
   )
  )
  (local.set $8
   (f32.div
    (local.get $4)
    (f32.const 32)
   )
  )
  (f32.store offset=5318960
   (i32.const 0)
   (local.get $8)
  )
 )
 (func $textcnn
  (call $k0_embed_gather_reshape
   (i32.const 0)
   (i32.const 0)
   (i32.const 32)
  )
  (call $k1_conv3_reshape
   (i32.const 0)
   (i32.const 0)
   (i32.const 3)
  )
  (call $k2_conv3_conv2d_add_compare_where
   (i32.const 0)
   (i32.const 0)
   (i32.const 1)
  )
  (call $k2_conv3_conv2d_add_compare_where
   (i32.const 1)
   (i32.const 0)
   (i32.const 8)
  )
  (call $k2_conv3_conv2d_add_compare_where
   (i32.const 2)
   (i32.const 0)
   (i32.const 32)
  )
  (call $k2_conv3_conv2d_add_compare_where
   (i32.const 3)
   (i32.const 0)
   (i32.const 1)
  )
  (call $k2_conv3_conv2d_add_compare_where
   (i32.const 4)
   (i32.const 0)
   (i32.const 32)
  )
  (call $k3_compare_reshape_where_reduceMax
   (i32.const 0)
   (i32.const 0)
   (i32.const 32)
  )
  (call $k4_conv4_reshape
   (i32.const 0)
   (i32.const 0)
   (i32.const 4)
  )
  (call $k5_conv4_conv2d_add_compare_where
   (i32.const 0)
   (i32.const 0)
   (i32.const 1)
  )
  (call $k5_conv4_conv2d_add_compare_where
   (i32.const 1)
   (i32.const 0)
   (i32.const 8)
  )
  (call $k5_conv4_conv2d_add_compare_where
   (i32.const 2)
   (i32.const 0)
   (i32.const 32)
  )
  (call $k5_conv4_conv2d_add_compare_where
   (i32.const 3)
   (i32.const 0)
   (i32.const 1)
  )
  (call $k5_conv4_conv2d_add_compare_where
   (i32.const 4)
   (i32.const 0)
   (i32.const 32)
  )
  (call $k6_reshape_compare_where_reduceMax
   (i32.const 0)
   (i32.const 0)
   (i32.const 32)
  )
  (call $k7_conv5_reshape
   (i32.const 0)
   (i32.const 0)
   (i32.const 5)
  )
  (call $k8_conv5_conv2d_add_compare_where
   (i32.const 0)
   (i32.const 0)
   (i32.const 1)
  )
  (call $k8_conv5_conv2d_add_compare_where
   (i32.const 1)
   (i32.const 0)
   (i32.const 8)
  )
  (call $k8_conv5_conv2d_add_compare_where
   (i32.const 2)
   (i32.const 0)
   (i32.const 32)
  )
  (call $k8_conv5_conv2d_add_compare_where
   (i32.const 3)
   (i32.const 0)
   (i32.const 1)
  )
  (call $k8_conv5_conv2d_add_compare_where
   (i32.const 4)
   (i32.const 0)
   (i32.const 32)
  )
  (call $k9_reshape_compare_where_reduceMax
   (i32.const 0)
   (i32.const 0)
   (i32.const 32)
  )
  (call $k10_concat
   (i32.const 0)
   (i32.const 0)
   (i32.const 32)
  )
  (call $k11_out_matmul_add
   (i32.const 0)
   (i32.const 0)
   (i32.const 1)
  )
  (call $k12_rows_reduceMax_reduceSum_div
   (i32.const 0)
   (i32.const 0)
   (i32.const 32)
  )
  (call $k13_reshape_compare_log_4more
   (i32.const 0)
   (i32.const 0)
   (i32.const 32)
  )
  (call $k14_reduceSum_div
   (i32.const 0)
   (i32.const 0)
   (i32.const 1)
  )
  (nop)
 )
)
